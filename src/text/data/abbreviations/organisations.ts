/**
 * Party, mass-organisation, police and army short forms not in the base tables, and
 * international bodies as the Vietnamese press names them. Acronyms said as letters stay
 * out (the last-resort speller reads them: "UNDP", "OECD"); listed here are expansions and
 * acronyms VTV/VOV say as words.
 * Sources: Điều lệ Đảng (tỉnh ủy viên, huyện ủy viên); Luật Công an nhân dân 2018, Điều 17
 * (công an cấp tỉnh, huyện, xã); Luật Quốc phòng 2018 (khu vực phòng thủ); Luật Sĩ quan
 * QĐND (quân nhân chuyên nghiệp, hạ sĩ quan); Luật Tổ chức TAND 2024 (TAND cấp cao);
 * Bộ Ngoại giao's Vietnamese names of international organisations; VFF statutes.
 */
export const ORGANISATIONS: Readonly<Record<string, string>> = {
  // Party members by level: "ông Nguyễn Văn A, TUV, Bí thư Huyện ủy".
  TUV: 'tỉnh ủy viên', HUV: 'huyện ủy viên', QUV: 'quận ủy viên', ĐUV: 'đảng ủy viên', TƯV: 'trung ương ủy viên',
  UVTƯ: 'ủy viên trung ương', BCHTƯ: 'ban chấp hành trung ương', UBKTTƯ: 'ủy ban kiểm tra trung ương',
  BTGTƯ: 'ban tuyên giáo trung ương', BTCTƯ: 'ban tổ chức trung ương', BNCTƯ: 'ban nội chính trung ương',
  TWĐ: 'trung ương đoàn', HLHPNVN: 'hội liên hiệp phụ nữ việt nam', BTGDV: 'ban tuyên giáo và dân vận',
  UBTƯMTTQVN: 'ủy ban trung ương mặt trận tổ quốc việt nam', CĐCS: 'công đoàn cơ sở', CNVCLĐ: 'công nhân viên chức lao động',
  CĐVC: 'công đoàn viên chức', HĐTV: 'hội đồng thành viên', ĐBND: 'đại biểu nhân dân', CTV: 'cộng tác viên',
  // Police by administrative level: "Trưởng CAX Ia Grai", "CAH Chư Păh".
  CAX: 'công an xã', CAH: 'công an huyện', CAQ: 'công an quận', CAP: 'công an phường', CATX: 'công an thị xã',
  CATT: 'công an thị trấn', CAHN: 'công an hà nội', ANND: 'an ninh nhân dân', CSND: 'cảnh sát nhân dân',
  CSTT: 'cảnh sát trật tự', CSQLHC: 'cảnh sát quản lý hành chính', QLHC: 'quản lý hành chính',
  CQANĐT: 'cơ quan an ninh điều tra', CSĐTTP: 'cảnh sát điều tra tội phạm', ANTQ: 'an ninh tổ quốc',
  BVANTQ: 'bảo vệ an ninh tổ quốc', BLTTDS: 'bộ luật tố tụng dân sự', TTHS: 'tố tụng hình sự',
  TNDS: 'trách nhiệm dân sự', THAHS: 'thi hành án hình sự', TANDCC: 'tòa án nhân dân cấp cao',
  VKSNDCC: 'viện kiểm sát nhân dân cấp cao', CQTHADS: 'cơ quan thi hành án dân sự', TTHC: 'thủ tục hành chính',
  // Army: "diễn tập KVPT tỉnh", "QNCN", "HSQ-BS".
  KVPT: 'khu vực phòng thủ', HQND: 'hải quân nhân dân', PKKQ: 'phòng không không quân', 'PK-KQ': 'phòng không không quân', QNCN: 'quân nhân chuyên nghiệp',
  HSQ: 'hạ sĩ quan', 'HSQ-BS': 'hạ sĩ quan binh sĩ', TCCT: 'tổng cục chính trị', SQ: 'sĩ quan', CNQP: 'công nghiệp quốc phòng',
  TCKT: 'tổng cục kỹ thuật', BTTM: 'bộ tổng tham mưu', TTM: 'tổng tham mưu',
  // Vietnamese short names (international bodies said as words are in data/respellings.ts).
  TTK: 'tổng thư ký',
  // Sports bodies: "LĐBĐ Việt Nam (VFF)", "CLB CAHN".
  LĐBĐ: 'liên đoàn bóng đá', LĐBĐVN: 'liên đoàn bóng đá việt nam', NHM: 'người hâm mộ', BLV: 'bình luận viên',
  HLVT: 'huấn luyện viên trưởng',
  // Media and culture: "ra mắt MV mới", "Nxb. Giáo dục", "THVN".
  'M-TP': 'em tê pê', Nxb: 'nhà xuất bản', 'Nxb.': 'nhà xuất bản', THVN: 'truyền hình việt nam',
  // Eras in history and culture news: "năm 208 TCN", "thế kỷ III tr.CN".
  // (the glued "tr.CN" is read by normalize/short-forms.ts: the token reader needs a capital first).
  TCN: 'trước công nguyên', SCN: 'sau công nguyên', 'tr. CN': 'trước công nguyên', 'Tr. CN': 'trước công nguyên',
  'PCTN, TC': 'phòng chống tham nhũng tiêu cực',
  'tham nhũng, TC': 'tham nhũng tiêu cực',
};

/**
 * Economy, schools and hospitals: short forms missing from the base tables.
 * Sources: Luật Quản lý thuế 2019 (hóa đơn điện tử); Luật Các tổ chức tín dụng 2024; Luật
 * Chứng khoán 2019 (UBCKNN, SGDCK); Luật Giáo dục 2019; Bộ Y tế job titles (Thông tư
 * liên tịch 10/2015: kỹ thuật viên, nữ hộ sinh, y sĩ).
 */
export const ECONOMY_EDUCATION_EXTRA: Readonly<Record<string, string>> = {
  HĐĐT: 'hóa đơn điện tử', QLTT: 'quản lý thị trường', HKD: 'hộ kinh doanh', NHTW: 'ngân hàng trung ương',
  TCTD: 'tổ chức tín dụng', NHTMCP: 'ngân hàng thương mại cổ phần', TSĐB: 'tài sản đảm bảo', TPCP: 'trái phiếu chính phủ',
  UBCKNN: 'ủy ban chứng khoán nhà nước', SGDCK: 'sở giao dịch chứng khoán', KLGD: 'khối lượng giao dịch',
  GTGD: 'giá trị giao dịch', NĐT: 'nhà đầu tư', ĐTNN: 'đầu tư nước ngoài', VĐL: 'vốn điều lệ', ĐVT: 'đơn vị tính',
  GCN: 'giấy chứng nhận', GPXD: 'giấy phép xây dựng', ĐKDN: 'đăng ký doanh nghiệp', SHTT: 'sở hữu trí tuệ',
  NTD: 'người tiêu dùng', CSHT: 'cơ sở hạ tầng', HTKT: 'hạ tầng kỹ thuật', ĐTXD: 'đầu tư xây dựng',
  QHSDĐ: 'quy hoạch sử dụng đất', KHSDĐ: 'kế hoạch sử dụng đất', NMNĐ: 'nhà máy nhiệt điện',
  ĐHSPKT: 'đại học sư phạm kỹ thuật', ĐHKTQD: 'đại học kinh tế quốc dân', ĐHBKHN: 'đại học bách khoa hà nội',
  HV: 'học viện', CĐSP: 'cao đẳng sư phạm', CĐN: 'cao đẳng nghề', GDQP: 'giáo dục quốc phòng',
  'GDQP-AN': 'giáo dục quốc phòng an ninh', GDĐH: 'giáo dục đại học', CTGDPT: 'chương trình giáo dục phổ thông',
  BVTW: 'bệnh viện trung ương', BVĐKTW: 'bệnh viện đa khoa trung ương', KSNK: 'kiểm soát nhiễm khuẩn',
  KTV: 'kỹ thuật viên', ĐDV: 'điều dưỡng viên', NHS: 'nữ hộ sinh', YS: 'y sĩ', BSĐK: 'bác sĩ đa khoa', BSCK1: 'bác sĩ chuyên khoa một',
  BSCK2: 'bác sĩ chuyên khoa hai', 'BS.CK1': 'bác sĩ chuyên khoa một', 'BS.CK2': 'bác sĩ chuyên khoa hai',
  CK1: 'chuyên khoa một', CK2: 'chuyên khoa hai', 'BS CKI': 'bác sĩ chuyên khoa một', 'BS CKII': 'bác sĩ chuyên khoa hai',
  // Local defence and relief bodies (Luật Dân quân tự vệ 2019; Hội Chữ thập đỏ); the national forecast centre.
  QSĐP: 'quân sự địa phương', CTĐ: 'chữ thập đỏ', TTDBKTTVQG: 'trung tâm dự báo khí tượng thủy văn quốc gia',
  // School infrastructure and graduate study (Bộ GD-ĐT reports).
  CSVC: 'cơ sở vật chất', SĐH: 'sau đại học',
};
