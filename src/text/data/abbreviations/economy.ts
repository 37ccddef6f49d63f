/**
 * Economy, business, finance, land and infrastructure.
 * Sources: Luật Doanh nghiệp 2020 (TNHH, CP, TMCP, HĐQT); Luật Hợp tác xã 2023 (HTX, THT);
 * Luật Đất đai 2024 (QSDĐ, GPMB, TĐC); Tổng cục Thống kê releases (GRDP, CPI, XNK);
 * Bộ Công Thương and Bộ NN-PTNT programme names (OCOP, NTM); Luật Đấu thầu 2023 (tender notices).
 */
export const ECONOMY: Readonly<Record<string, string>> = {
  TNHH: 'trách nhiệm hữu hạn', MTV: 'một thành viên', 'TNHH MTV': 'trách nhiệm hữu hạn một thành viên', CP: 'cổ phần',
  TMCP: 'thương mại cổ phần', CTCP: 'công ty cổ phần', 'Cty': 'công ty', 'CTy': 'công ty', HTX: 'hợp tác xã',
  THT: 'tổ hợp tác', DN: 'doanh nghiệp', DNNN: 'doanh nghiệp nhà nước', DNNVV: 'doanh nghiệp nhỏ và vừa',
  NSNN: 'ngân sách nhà nước', NS: 'ngân sách', XNK: 'xuất nhập khẩu', XK: 'xuất khẩu', NK: 'nhập khẩu',
  SXKD: 'sản xuất kinh doanh', 'SX-KD': 'sản xuất kinh doanh', BĐS: 'bất động sản', NHTM: 'ngân hàng thương mại',
  NH: 'ngân hàng', CK: 'chứng khoán', TTCK: 'thị trường chứng khoán', TPDN: 'trái phiếu doanh nghiệp',
  TNDN: 'thu nhập doanh nghiệp', TNCN: 'thu nhập cá nhân', GTGT: 'giá trị gia tăng', TTĐB: 'tiêu thụ đặc biệt',
  OCOP: 'ô cốp', NTM: 'nông thôn mới', XDCB: 'xây dựng cơ bản', ĐTC: 'đầu tư công', GPMB: 'giải phóng mặt bằng',
  TĐC: 'tái định cư', QSDĐ: 'quyền sử dụng đất', GCNQSDĐ: 'giấy chứng nhận quyền sử dụng đất', SDĐ: 'sử dụng đất',
  ĐTM: 'đánh giá tác động môi trường', KCN: 'khu công nghiệp', KKT: 'khu kinh tế', CCN: 'cụm công nghiệp',
  KDC: 'khu dân cư', KĐT: 'khu đô thị', KCX: 'khu chế xuất', VNĐ: 'đồng',
  VND: 'đồng', 'vnđ': 'đồng', USD: 'đô la mỹ', usd: 'đô la mỹ', vnd: 'đồng', EUR: 'ơ rô', NDT: 'nhân dân tệ', JPY: 'yên nhật',
  GRDP: 'giê e rờ đê pê', TMĐT: 'thương mại điện tử', CĐS: 'chuyển đổi số', NLTT: 'năng lượng tái tạo',
  ĐMT: 'điện mặt trời', NLMT: 'năng lượng mặt trời', TBA: 'trạm biến áp', 'ĐZ': 'đường dây', NMĐ: 'nhà máy điện',
  NMTĐ: 'nhà máy thủy điện', TĐ: 'thủy điện', VLXD: 'vật liệu xây dựng',
  'BOT': 'bê ô tê', PPP: 'pê pê pê', 'GTNT': 'giao thông nông thôn', TMDV: 'thương mại dịch vụ', 'TM-DV': 'thương mại dịch vụ',
  'DL-DV': 'du lịch dịch vụ', CN: 'công nghiệp', 'CN-TTCN': 'công nghiệp tiểu thủ công nghiệp', TTCN: 'tiểu thủ công nghiệp',
  'CN-XD': 'công nghiệp xây dựng', NN: 'nông nghiệp', 'NLN': 'nông lâm nghiệp', 'NLTS': 'nông lâm thủy sản',
  BVTV: 'bảo vệ thực vật', 'GMP': 'giê em pê', NVL: 'nguyên vật liệu',
  XHH: 'xã hội hóa', NƠXH: 'nhà ở xã hội', 'NOXH': 'nhà ở xã hội', HĐLĐ: 'hợp đồng lao động', LĐ: 'lao động',
  'BCTC': 'báo cáo tài chính', 'LNST': 'lợi nhuận sau thuế', LNTT: 'lợi nhuận trước thuế', VCSH: 'vốn chủ sở hữu',
  'ĐHĐCĐ': 'đại hội đồng cổ đông',
  CTCK: 'công ty chứng khoán', NHCSXH: 'ngân hàng chính sách xã hội', 'NHNo&PTNT': 'ngân hàng nông nghiệp và phát triển nông thôn',
  DNTN: 'doanh nghiệp tư nhân', TCT: 'tổng công ty', TCty: 'tổng công ty', XDNTM: 'xây dựng nông thôn mới',
  KTTT: 'kinh tế tập thể', KTTN: 'kinh tế tư nhân', SXNN: 'sản xuất nông nghiệp', MST: 'mã số thuế', STK: 'số tài khoản',
  NSDLĐ: 'người sử dụng lao động', LĐPT: 'lao động phổ thông', HCNS: 'hành chính nhân sự', ĐVT: 'đơn vị tính', VLĐ: 'vốn lưu động', TSCĐ: 'tài sản cố định',
  'HĐKD': 'hoạt động kinh doanh', 'QLTT': 'quản lý thị trường', 'ĐKDN': 'đăng ký doanh nghiệp',
  'NSTW': 'ngân sách trung ương', 'NSĐP': 'ngân sách địa phương',
  // Luật Đầu tư 2020 and Luật Xây dựng (NĐT, QLDA, ĐTXD, GPXD); Luật Doanh nghiệp (HKD); NQ 57-NQ/TW (ĐMST).
  NĐT: 'nhà đầu tư', QLDA: 'quản lý dự án', ĐTXD: 'đầu tư xây dựng', GPXD: 'giấy phép xây dựng', HKD: 'hộ kinh doanh',
  ĐMST: 'đổi mới sáng tạo',
  // Property and credit pages of VnExpress, CafeLand (HĐMB, HĐĐC, CĐT, CHCC); market reports (NĐTNN).
  HĐMB: 'hợp đồng mua bán', HĐĐC: 'hợp đồng đặt cọc', HĐTD: 'hợp đồng tín dụng', CĐT: 'chủ đầu tư',
  CHCC: 'căn hộ chung cư', NĐTNN: 'nhà đầu tư nước ngoài',
  // Service pages of banks and carriers ("Tổng đài CSKH 1800 1166").
  CSKH: 'chăm sóc khách hàng',
  // Lottery pages (xổ số kiến thiết by region, as the result tables title them).
  XSKT: 'xổ số kiến thiết', XSMN: 'xổ số miền nam', XSMB: 'xổ số miền bắc', XSMT: 'xổ số miền trung', QSMT: 'quay số mở thưởng',
  // Currency codes in exchange-rate news (Ngân hàng Nhà nước tables, Vietcombank boards).
  CNY: 'nhân dân tệ', RMB: 'nhân dân tệ', GBP: 'bảng anh', KRW: 'uôn hàn quốc', THB: 'bạt thái', SGD: 'đô la xinh ga po',
  AUD: 'đô la úc', CAD: 'đô la ca na đa', CHF: 'phrăng thụy sĩ', RUB: 'rúp nga', INR: 'ru pi ấn độ',
  TWD: 'đài tệ', MYR: 'ring git', IDR: 'ru pi a', LAK: 'kíp lào', KHR: 'riên cam pu chia',
  // Period comparisons in English-style market reports (CafeF, VnEconomy): "tăng 9% YoY".
  YoY: 'so với cùng kỳ năm trước', QoQ: 'so với quý trước', MoM: 'so với tháng trước', YTD: 'từ đầu năm',
  // Tender notices on the national e-procurement system: "Mã TBMT", "E-HSMT".
  TBMT: 'thông báo mời thầu', HSMT: 'hồ sơ mời thầu', 'E-HSMT': 'hồ sơ mời thầu điện tử', HSDT: 'hồ sơ dự thầu',
  'E-HSDT': 'hồ sơ dự thầu điện tử', KHLCNT: 'kế hoạch lựa chọn nhà thầu', HSYC: 'hồ sơ yêu cầu',
  HSMQT: 'hồ sơ mời quan tâm', TBMST: 'thông báo mời sơ tuyển',
  // Group brands: PetroVietnam's units and EVN's power corporations, as their staff say them (not "phóng viên").
  'PV GAS': 'pê vê gas', 'PV Gas': 'pê vê gas', 'PV Power': 'pê vê power', 'PV POWER': 'pê vê power',
  'PV OIL': 'pê vê oil', 'PV Oil': 'pê vê oil', 'PV Drilling': 'pê vê drilling', 'PV Trans': 'pê vê trans',
  EVNHANOI: 'e vê en hà nội', EVNHCMC: 'e vê en hồ chí minh', EVNNPC: 'e vê en en nờ pê xê', EVNSPC: 'e vê en ét pê xê',
  EVNCPC: 'e vê en xê pê xê', VNPAY: 'vê en nờ pay', VNPay: 'vê en nờ pay',
  // Labour, trade and environment desks (Bộ luật Lao động 2019, Luật An toàn, vệ sinh lao động
  // 2015, Luật Bảo vệ môi trường 2020; Tổng cục Thống kê trade reports).
  XKLĐ: 'xuất khẩu lao động', DNVVN: 'doanh nghiệp vừa và nhỏ', BHNT: 'bảo hiểm nhân thọ',
  BHPNT: 'bảo hiểm phi nhân thọ', KNXK: 'kim ngạch xuất khẩu', KNNK: 'kim ngạch nhập khẩu', TTTM: 'trung tâm thương mại',
  CHXD: 'cửa hàng xăng dầu', GTSX: 'giá trị sản xuất', TTHCC: 'trung tâm hành chính công',
  NHTMNN: 'ngân hàng thương mại nhà nước', NSTƯ: 'ngân sách trung ương', KTT: 'kế toán trưởng',
  ATVSLĐ: 'an toàn vệ sinh lao động', TNLĐ: 'tai nạn lao động', 'TNLĐ-BNN': 'tai nạn lao động bệnh nghề nghiệp', BNN: 'bệnh nghề nghiệp', BHLĐ: 'bảo hộ lao động', GPLĐ: 'giấy phép lao động',
  TTDVVL: 'trung tâm dịch vụ việc làm', TBLS: 'thương binh liệt sĩ', BVMT: 'bảo vệ môi trường',
  VSMT: 'vệ sinh môi trường', 'NS&VSMT': 'nước sạch và vệ sinh môi trường', CTR: 'chất thải rắn',
  CTRSH: 'chất thải rắn sinh hoạt', NNCNC: 'nông nghiệp công nghệ cao', NZD: 'đô la niu di lân',
  KNXNK: 'kim ngạch xuất nhập khẩu', XTTM: 'xúc tiến thương mại', XTĐT: 'xúc tiến đầu tư', DTT: 'doanh thu thuần',
  VPĐD: 'văn phòng đại diện', TKTT: 'tài khoản thanh toán', 'CN-TY': 'chăn nuôi thú y', CNTY: 'chăn nuôi thú y',
  TTKN: 'trung tâm khuyến nông',
  // Farming, forestry, water and land desks (Luật Trồng trọt 2018, Luật Thú y 2015, Luật Thủy lợi
  // 2017, Luật Thuế sử dụng đất phi nông nghiệp 2010; Tổng cục Thống kê living-standard surveys).
  'TT&BVTV': 'trồng trọt và bảo vệ thực vật', 'TT-BVTV': 'trồng trọt và bảo vệ thực vật', 'CN&TY': 'chăn nuôi và thú y',
  DTLCP: 'dịch tả lợn châu phi', LMLM: 'lở mồm long móng', VDNC: 'viêm da nổi cục', ĐX: 'đông xuân',
  TNBQĐN: 'thu nhập bình quân đầu người', TNBQ: 'thu nhập bình quân', SDĐPNN: 'sử dụng đất phi nông nghiệp',
  XLNT: 'xử lý nước thải', ÔNMT: 'ô nhiễm môi trường', QTMT: 'quan trắc môi trường',
  KTCTTL: 'khai thác công trình thủy lợi', QLR: 'quản lý rừng', BQLR: 'ban quản lý rừng', RPH: 'rừng phòng hộ',
  CCQ: 'chứng chỉ quỹ',
  // Market, property and banking pages (CafeF, VnExpress Kinh doanh): funds, malls, new urban areas.
  KĐTM: 'khu đô thị mới',
  QTDND: 'quỹ tín dụng nhân dân', TTQT: 'thanh toán quốc tế', BLĐ: 'ban lãnh đạo', KNK: 'khí nhà kính',
  // Securities regulator, insurance fund, property and phone listings.
  UBCK: 'ủy ban chứng khoán', BHXHVN: 'bảo hiểm xã hội việt nam', SHR: 'sổ hồng riêng', ATTT: 'an toàn thông tin',
  ĐTTM: 'điện thoại thông minh',
};
