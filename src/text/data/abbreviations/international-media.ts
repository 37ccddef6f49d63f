/**
 * International bodies, media, technology and everyday press shorthand; acronyms
 * spelled with Vietnamese letter names or expanded. Acronyms said as words ("ASEAN" a xê an)
 * and brands are respelled only for the offline engines: data/respellings.ts.
 * Sources: Bộ Ngoại giao's Vietnamese names of international organisations; VTV/VOV
 * newsreader practice; Wikipedia "Danh sách từ viết tắt tiếng Việt".
 */
export const INTERNATIONAL_MEDIA: Readonly<Record<string, string>> = {
  UN: 'liên hợp quốc', LHQ: 'liên hợp quốc', HĐBA: 'hội đồng bảo an', EU: 'e u',
  WB: 'ngân hàng thế giới', IMF: 'i em ép', WTO: 'vê kép tê o', ADB: 'a đê bê', CPTPP: 'xê pê tê pê pê', EVFTA: 'e vê ép tê a',
  FTA: 'ép tê a', UAE: 'u a e', G7: 'giê bảy', G20: 'giê hai mươi',
  '2G': 'hai gờ', '3G': 'ba gờ', '4G': 'bốn gờ', '5G': 'năm gờ', '6G': 'sáu gờ',
  GPS: 'giê pê ét',
  'AI': 'a i',
  'KOL': 'ca o e lờ', 'OK': 'ô kê', 'TV': 'ti vi',
  'SOS': 'ét o ét', 'ATM': 'a tê em mờ',
  'VTV': 'vê tê vê', 'VOV': 'vê ô vê', 'HTV': 'hát tê vê',
  'VNPT': 'vê en pê tê', 'EVN': 'e vê en', 'PVN': 'pê vê en', 'TKV': 'tê ca vê', 'ĐTHT': 'đô thị hóa',
  'v.v.': 'vân vân', 'v.v': 'vân vân', 'v/v': 'về việc', 'V/v': 'về việc', 'K/g': 'kính gửi', 'SĐT': 'số điện thoại',
  'Tel': 'điện thoại', 'STT': 'số thứ tự',
  'ĐKKD': 'đăng ký kinh doanh', 'CMCN': 'cách mạng công nghiệp', 'F0': 'ép không', 'F1': 'ép một', 'F2': 'ép hai',
  'Covid-19': 'cô vít mười chín', 'COVID-19': 'cô vít mười chín',
  'PM2.5': 'pê em hai phẩy năm', 'PM2,5': 'pê em hai phẩy năm',
  'PM10': 'pê em mười',
  BBT: 'ban biên tập', PTBT: 'phó tổng biên tập', MC: 'em xi', SGGP: 'sài gòn giải phóng', MXH: 'mạng xã hội',
  IOC: 'i o xê', AFF: 'a ép ép',
  // Entertainment and e-sports pages (Zing, Dân trí Giải trí): charts, rating boards, games.
  IMDb: 'i em đê bê', tvN: 'tê vê en', 'No.': 'số', LMHT: 'liên minh huyền thoại', ĐTDV: 'đấu trường danh vọng',
  CKTG: 'chung kết thế giới', // "vô địch CKTG 2024": the League of Legends world final
  // Standards (Luật Tiêu chuẩn và quy chuẩn kỹ thuật 2006): "ISO 9001:2015", "TCVN 5574:2018".
  TCVN: 'tiêu chuẩn việt nam', QCVN: 'quy chuẩn việt nam', IEC: 'i e xê',
  // Technology words said as words or spelled the usual way in tech news (VnExpress Số hóa, ICTnews).
  LCD: 'e lờ xê đê', CPU: 'xê pê u', GPU: 'giê pê u', SSD: 'ét ét đê',
  HDD: 'hát đê đê', USB: 'u ét bê', PC: 'pê xê', VR: 'vê e rờ', NFT: 'en ép tê', API: 'a pê i',
  SMS: 'ét em ét', OTP: 'ô tê pê', UAV: 'u a vê', SUV: 'ét u vê', GDP: 'giê đê pê', CPI: 'xê pê i',
  FDI: 'ép đê i', ODA: 'ô đê a', PCI: 'pê xê i', PCIe: 'pê xê i e', 'e-commerce': 'thương mại điện tử', 'F&B': 'ép en bê',
  // Broadcasters and papers cited as sources: "theo THVL", "báo ANTĐ", "báo GD&TĐ".
  THVL: 'truyền hình vĩnh long', ANTĐ: 'an ninh thủ đô', 'GD&TĐ': 'giáo dục và thời đại',
  'PT-TH': 'phát thanh truyền hình', PTTH: 'phát thanh truyền hình', PTV: 'phát thanh viên', NBVN: 'nhà báo việt nam',
  HNBVN: 'hội nhà báo việt nam', BĐT: 'báo điện tử', ĐTDĐ: 'điện thoại di động',
  ĐHĐ: 'đại hội đồng',
  // Religion, arts and portals: "Ban Trị sự GHPGVN", "NSNA Nguyễn Văn A", "Cổng TTĐT tỉnh".
  GHPGVN: 'giáo hội phật giáo việt nam', NSNA: 'nghệ sĩ nhiếp ảnh', TTĐT: 'thông tin điện tử',
};
