/**
 * Places, roads, administrative prefixes and sport.
 * Sources: Nghị quyết 1211/2016/UBTVQH13 and Luật Tổ chức chính quyền địa phương (TP, TX, TT,
 * P., Q.); Luật Đường bộ 2024 (QL quốc lộ, ĐT đường tỉnh); VFF / VPF competition names;
 * Olympic and SEA Games medal tables as printed by Thể thao Việt Nam.
 */
export const PLACES_SPORTS: Readonly<Record<string, string>> = {
  TP: 'thành phố', 'TP.': 'thành phố', 'Tp.': 'thành phố', 'Tp': 'thành phố', TX: 'thị xã', 'TX.': 'thị xã',
  'TT.': 'thị trấn', 'TP.HCM': 'thành phố hồ chí minh', 'Tp.HCM': 'thành phố hồ chí minh', 'TP. HCM': 'thành phố hồ chí minh',
  'Tp. HCM': 'thành phố hồ chí minh', TPHCM: 'thành phố hồ chí minh',
  'tp. HCM': 'thành phố hồ chí minh', 'tp HCM': 'thành phố hồ chí minh', 'TP HCM': 'thành phố hồ chí minh',
  'TP.HN': 'thành phố hà nội', HCM: 'hồ chí minh', HN: 'hà nội', 'Tp.Hồ Chí Minh': 'thành phố hồ chí minh',
  ĐBSCL: 'đồng bằng sông cửu long', ĐBSH: 'đồng bằng sông hồng', DHMT: 'duyên hải miền trung', 'BR-VT': 'bà rịa vũng tàu', 'BRVT': 'bà rịa vũng tàu',
  'TT-Huế': 'thừa thiên huế', 'TT.Huế': 'thừa thiên huế', VN: 'việt nam', QL: 'quốc lộ',
  TL: 'tỉnh lộ', ĐT: 'đội tuyển', ĐTQG: 'đội tuyển quốc gia', ĐTVN: 'đội tuyển việt nam', KP: 'khu phố',
  TDP: 'tổ dân phố', CLB: 'câu lạc bộ', HCV: 'huy chương vàng', HCB: 'huy chương bạc',
  Km: 'ki lô mét', // milestone "Km 15+200" (Luật Đường bộ 2024: lý trình)
  HCĐ: 'huy chương đồng', 'HC': 'huy chương', TDTT: 'thể dục thể thao', 'TD-TT': 'thể dục thể thao',
  BTC: 'ban tổ chức', BGK: 'ban giám khảo', VCK: 'vòng chung kết', BK: 'bán kết',
  HAGL: 'hoàng anh gia lai', SLNA: 'sông lam nghệ an',
  'AFF Cup': 'a ép ép Cup', // the letters are said; "Cup" is respelled only for offline engines
  AFC: 'a ép xê', VFF: 'vê ép ép', VPF: 'vê pê ép', HLV: 'huấn luyện viên',
  TTVH: 'trung tâm văn hóa', 'TTVH-TT': 'trung tâm văn hóa thể thao', NVH: 'nhà văn hóa', 'KDL': 'khu du lịch',
  DL: 'du lịch', 'DTLS': 'di tích lịch sử', DSVH: 'di sản văn hóa', LHP: 'liên hoan phim', 'NT': 'nông trường', 'ĐVHC': 'đơn vị hành chính',
  'ĐBDTTS': 'đồng bào dân tộc thiểu số', DTTS: 'dân tộc thiểu số', 'DTTS&MN': 'dân tộc thiểu số và miền núi',
  'BTXH': 'bảo trợ xã hội', 'ASXH': 'an sinh xã hội', 'NCT': 'người cao tuổi', 'NKT': 'người khuyết tật',
  'TE': 'trẻ em', 'GLO': 'gờ lô', 'CHXHCN': 'cộng hòa xã hội chủ nghĩa', 'CHXHCNVN': 'cộng hòa xã hội chủ nghĩa việt nam',
  VQG: 'vườn quốc gia', KBT: 'khu bảo tồn', KBTTN: 'khu bảo tồn thiên nhiên', SG: 'sài gòn', VĐQG: 'vô địch quốc gia',
  BXH: 'bảng xếp hạng', FC: 'ép xê', MU: 'em u', 'M.U': 'em u', PSG: 'pê ét giê', 'Thừa Thiên-Huế': 'thừa thiên huế', TTH: 'thừa thiên huế',
  'HN-HCM': 'hà nội hồ chí minh', 'KCN-KKT': 'khu công nghiệp khu kinh tế', SVĐ: 'sân vận động', NTĐ: 'nhà thi đấu',
  // Regions and transport as in the regional and traffic desks (Nghị quyết 81/2023/QH15, quy
  // hoạch vùng; Luật Giao thông đường thủy nội địa, Luật Đường sắt 2017).
  TQ: 'trung quốc', ĐNB: 'đông nam bộ', ĐNA: 'đông nam á', TNB: 'tây nam bộ',
  KTTĐ: 'kinh tế trọng điểm', TDMNPB: 'trung du miền núi phía bắc', GTĐB: 'giao thông đường bộ',
  ĐTNĐ: 'đường thủy nội địa', ĐSĐT: 'đường sắt đô thị', ĐSCT: 'đường sắt cao tốc', CHKQT: 'cảng hàng không quốc tế',
  PTGT: 'phương tiện giao thông',
  DSVHPVT: 'di sản văn hóa phi vật thể',
  // Transport agencies (Cục Đường bộ, Cục Đăng kiểm, Tổng công ty Đường sắt Việt Nam; airports).
  ĐBVN: 'đường bộ việt nam', ĐKVN: 'đăng kiểm việt nam', ĐSVN: 'đường sắt việt nam', HKQT: 'hàng không quốc tế',
  HKVN: 'hàng không việt nam',
  // Sports desks: "Cúp QG", "Đoàn TTVN giành 50 HCV", "BHL đội tuyển".
  QG: 'quốc gia', TTVN: 'thể thao việt nam', BHL: 'ban huấn luyện',
  // Football pages (VnExpress Thể thao, Bóng đá+): the national game and its golden ball.
  BĐVN: 'bóng đá việt nam', QBV: 'quả bóng vàng',
};
