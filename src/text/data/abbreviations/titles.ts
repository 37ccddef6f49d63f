/**
 * Academic titles, professions, honours and roles as printed before names.
 * Sources: Luật Giáo dục đại học (GS, PGS, TS, ThS); Luật Thi đua, khen thưởng 2022 (NSND,
 * NSƯT, NGND, NGƯT, TTND, TTƯT, AHLĐ); Bộ Y tế naming of specialist doctors (BSCKI/II);
 * press style at VnExpress, Tuổi Trẻ and Thanh Niên for HLV, VĐV, PV.
 */
export const TITLES: Readonly<Record<string, string>> = {
  GS: 'giáo sư', 'GS.': 'giáo sư', PGS: 'phó giáo sư', 'PGS.': 'phó giáo sư', TS: 'tiến sĩ', 'TS.': 'tiến sĩ',
  ThS: 'thạc sĩ', 'ThS.': 'thạc sĩ', 'Th.S': 'thạc sĩ', 'Th.S.': 'thạc sĩ', TSKH: 'tiến sĩ khoa học',
  'GS.TS': 'giáo sư tiến sĩ', 'GS.TS.': 'giáo sư tiến sĩ', 'PGS.TS': 'phó giáo sư tiến sĩ',
  'PGS.TS.': 'phó giáo sư tiến sĩ', 'GS.TSKH': 'giáo sư tiến sĩ khoa học', 'GS.TSKH.': 'giáo sư tiến sĩ khoa học',
  'PGS.TSKH': 'phó giáo sư tiến sĩ khoa học', 'TS.BS': 'tiến sĩ bác sĩ', 'TS.BS.': 'tiến sĩ bác sĩ',
  'ThS.BS': 'thạc sĩ bác sĩ', 'ThS.BS.': 'thạc sĩ bác sĩ', 'PGS.TS.BS': 'phó giáo sư tiến sĩ bác sĩ',
  'GS.TS.BS': 'giáo sư tiến sĩ bác sĩ', 'TS.KTS': 'tiến sĩ kiến trúc sư', 'ThS.LS': 'thạc sĩ luật sư',
  BS: 'bác sĩ', 'BS.': 'bác sĩ', BSCKI: 'bác sĩ chuyên khoa một', BSCKII: 'bác sĩ chuyên khoa hai',
  'BS.CKI': 'bác sĩ chuyên khoa một', 'BS.CKII': 'bác sĩ chuyên khoa hai', 'BSCK': 'bác sĩ chuyên khoa',
  CKI: 'chuyên khoa một', CKII: 'chuyên khoa hai', BSNT: 'bác sĩ nội trú', DS: 'dược sĩ', 'DS.': 'dược sĩ',
  ĐD: 'điều dưỡng', KS: 'kỹ sư', 'KS.': 'kỹ sư', KTS: 'kiến trúc sư', 'KTS.': 'kiến trúc sư', LS: 'luật sư',
  'LS.': 'luật sư', NSND: 'nghệ sĩ nhân dân', NSƯT: 'nghệ sĩ ưu tú', NGND: 'nhà giáo nhân dân',
  NGƯT: 'nhà giáo ưu tú', TTND: 'thầy thuốc nhân dân', TTƯT: 'thầy thuốc ưu tú', NNND: 'nghệ nhân nhân dân',
  NNƯT: 'nghệ nhân ưu tú', AHLĐ: 'anh hùng lao động', AHLLVT: 'anh hùng lực lượng vũ trang',
  AHLLVTND: 'anh hùng lực lượng vũ trang nhân dân', BMVNAH: 'bà mẹ việt nam anh hùng', MVNAH: 'mẹ việt nam anh hùng', VNAH: 'việt nam anh hùng',
  HLV: 'huấn luyện viên', VĐV: 'vận động viên', TTV: 'trọng tài viên', GĐ: 'giám đốc', PGĐ: 'phó giám đốc',
  TGĐ: 'tổng giám đốc', PTGĐ: 'phó tổng giám đốc', BGĐ: 'ban giám đốc', BGH: 'ban giám hiệu', HT: 'hiệu trưởng',
  PCT: 'phó chủ tịch', CTHĐQT: 'chủ tịch hội đồng quản trị', TBT: 'tổng bí thư', CTN: 'chủ tịch nước',
  TTg: 'thủ tướng', PTTg: 'phó thủ tướng', PTT: 'phó thủ tướng', GV: 'giáo viên', GVCN: 'giáo viên chủ nhiệm',
  HS: 'học sinh', SV: 'sinh viên', NCS: 'nghiên cứu sinh', PV: 'phóng viên', BTV: 'ban thường vụ',
  CTV: 'cộng tác viên', NV: 'nhân viên', TNV: 'tình nguyện viên', ĐVTN: 'đoàn viên thanh niên',
  'Đ/c': 'đồng chí', 'đ/c': 'đồng chí', 'Đ/C': 'đồng chí', SN: 'sinh năm', 'SN.': 'sinh năm', NSX: 'nhà sản xuất',
  ĐKVĐ: 'đương kim vô địch', CĐV: 'cổ động viên', TNS: 'thượng nghị sĩ', HSG: 'học sinh giỏi',
  'Ths': 'thạc sĩ', 'Ths.': 'thạc sĩ', 'Bs': 'bác sĩ', 'Bs.': 'bác sĩ', 'Ts.': 'tiến sĩ', 'Gs.': 'giáo sư',
  'PGs.': 'phó giáo sư',
  // Honours typed without their marks, and the short form of nghệ sĩ ("NghS Xuân Bắc").
  NghS: 'nghệ sĩ', 'NghS.': 'nghệ sĩ', NSUT: 'nghệ sĩ ưu tú', NGUT: 'nhà giáo ưu tú', NNUT: 'nghệ nhân ưu tú',
  TTUT: 'thầy thuốc ưu tú', GVC: 'giảng viên chính', GVCC: 'giảng viên cao cấp',
  'CN.ĐD': 'cử nhân điều dưỡng', DSCKI: 'dược sĩ chuyên khoa một', DSCKII: 'dược sĩ chuyên khoa hai',
  'DS.CKI': 'dược sĩ chuyên khoa một', 'DS.CKII': 'dược sĩ chuyên khoa hai', 'P.GĐ': 'phó giám đốc',
  'P.TGĐ': 'phó tổng giám đốc',
};
