/**
 * International bodies, media, technology and everyday press shorthand; acronyms that
 * Vietnamese speakers say as words ("ASEAN" a xê an), not letter by letter.
 * Sources: Bộ Ngoại giao's Vietnamese names of international organisations; VTV/VOV
 * newsreader practice; Wikipedia "Danh sách từ viết tắt tiếng Việt".
 */
export const INTERNATIONAL_MEDIA: Readonly<Record<string, string>> = {
  ASEAN: 'a xê an', UNESCO: 'u nét xcô', NATO: 'na tô', UNICEF: 'u ni xép', APEC: 'a pếch', ASEM: 'a xem',
  OPEC: 'ô pếch', NASA: 'na sa', UN: 'liên hợp quốc', LHQ: 'liên hợp quốc', HĐBA: 'hội đồng bảo an', EU: 'e u',
  WB: 'ngân hàng thế giới', IMF: 'i em ép', WTO: 'vê kép tê o', ADB: 'a đê bê', CPTPP: 'xê pê tê pê pê', EVFTA: 'e vê ép tê a',
  RCEP: 'ạc xép', FTA: 'ép tê a', UAE: 'u a e', COP: 'cốp', G7: 'giê bảy', G20: 'giê hai mươi', BRICS: 'bờ rích', // said as a word on VTV
  '3G': 'ba gờ', '4G': 'bốn gờ', '5G': 'năm gờ', '6G': 'sáu gờ', 'Wi-Fi': 'oai phai', WiFi: 'oai phai', Wifi: 'oai phai',
  GPS: 'giê pê ét', 'iPhone': 'ai phôn', 'iPad': 'ai pát', 'YouTube': 'diu túp', IMAX: 'ai mắc', 'Youtube': 'diu túp', 'Facebook': 'phây búc',
  'TikTok': 'tíc tóc', 'Zalo': 'da lô', 'Google': 'gu gồ', 'ChatGPT': 'chát giê pê tê', 'AI': 'a i', 'IT': 'ai ti',
  'CEO': 'xi i âu', 'VIP': 'vi ai pi', 'KOL': 'ca o e lờ', 'OK': 'ô kê', 'TV': 'ti vi', 'PR': 'pi a', 'QR': 'quy a',
  'VAR': 'va', 'SOS': 'ét o ét', 'ATM': 'a tê em mờ', 'SIM': 'sim', 'Website': 'oép sai', 'website': 'oép sai',
  'email': 'i meo', 'Email': 'i meo', 'e-mail': 'i meo', 'E-mail': 'i meo', 'online': 'on lai', 'Online': 'on lai',
  'livestream': 'lai xờ trim', 'VTV': 'vê tê vê', 'VOV': 'vê ô vê', 'HTV': 'hát tê vê',
  'RON': 'ron', 'VNPT': 'vê en pê tê', 'EVN': 'e vê en', 'PVN': 'pê vê en', 'TKV': 'tê ca vê', 'ĐTHT': 'đô thị hóa',
  'v.v.': 'vân vân', 'v.v': 'vân vân', 'v/v': 'về việc', 'V/v': 'về việc', 'K/g': 'kính gửi', 'SĐT': 'số điện thoại',
  'Tel': 'điện thoại', 'Fax': 'phách', 'STT': 'số thứ tự',
  'ĐKKD': 'đăng ký kinh doanh', 'CMCN': 'cách mạng công nghiệp', 'F0': 'ép không', 'F1': 'ép một', 'F2': 'ép hai',
  'Covid-19': 'cô vít mười chín', 'COVID-19': 'cô vít mười chín',
  'VN-Index': 'vê en in đéc', Index: 'in đéc', 'VNIndex': 'vê en in đéc', 'HNX-Index': 'hát en ích in đéc', 'PM2.5': 'pê em hai phẩy năm',
  'PM10': 'pê em mười',
  BBT: 'ban biên tập', PTBT: 'phó tổng biên tập', MC: 'em xi', SGGP: 'sài gòn giải phóng', ID: 'ai đi',
  IOC: 'i o xê', AFF: 'a ép ép',
  // Entertainment and e-sports pages (Zing, Dân trí Giải trí): charts, rating boards, games.
  IMDb: 'i em đê bê', tvN: 'tê vê en', 'No.': 'số', LMHT: 'liên minh huyền thoại', ĐTDV: 'đấu trường danh vọng',
  // Standards (Luật Tiêu chuẩn và quy chuẩn kỹ thuật 2006): "ISO 9001:2015", "TCVN 5574:2018".
  ISO: 'i xô', TCVN: 'tiêu chuẩn việt nam', QCVN: 'quy chuẩn việt nam', IEC: 'i e xê',
  // Technology words said as words or spelled the usual way in tech news (VnExpress Số hóa, ICTnews).
  RAM: 'ram', ROM: 'rom', LED: 'lét', OLED: 'ô lét', LCD: 'e lờ xê đê', CPU: 'xê pê u', GPU: 'giê pê u', SSD: 'ét ét đê',
  HDD: 'hát đê đê', USB: 'u ét bê', PC: 'pê xê', IoT: 'ai ô ti', VR: 'vê e rờ', NFT: 'en ép tê', API: 'a pê i',
  SMS: 'ét em ét', OTP: 'ô tê pê', PIN: 'pin', DDoS: 'đi đốt', DoS: 'đốt', eKYC: 'i kây xi', UAV: 'u a vê', SUV: 'ét u vê', GDP: 'giê đê pê', CPI: 'xê pê i',
  FDI: 'ép đê i', ODA: 'ô đê a', PCI: 'pê xê i', PAPI: 'pa pi', 'e-commerce': 'thương mại điện tử', VNeID: 'vê en e ai đi', APP: 'áp', App: 'áp', 'F&B': 'ép en bê', 'M&A': 'em en ây', 'R&D': 'a en đi', 'B2B': 'bi tu bi',
};
