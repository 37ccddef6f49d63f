/**
 * Police, army, courts and law.
 * Sources: Luật Công an nhân dân 2018 and Bộ Công an unit names (CSGT, CSCĐ, PCCC, CNCH);
 * Luật Quốc phòng 2018 (QĐND, BĐBP, BCHQS, DQTV); Bộ luật Hình sự 2015, Bộ luật Tố tụng
 * hình sự; Luật Căn cước 2023 (CCCD); Luật Trật tự, an toàn giao thông đường bộ 2024.
 */
export const SECURITY_LAW: Readonly<Record<string, string>> = {
  CA: 'công an', CBCS: 'cán bộ chiến sĩ', CAND: 'công an nhân dân', CAT: 'công an tỉnh', CATP: 'công an thành phố', CSGT: 'cảnh sát giao thông',
  'CSGT-TT': 'cảnh sát giao thông trật tự', CSCĐ: 'cảnh sát cơ động', CSHS: 'cảnh sát hình sự', CSKT: 'cảnh sát kinh tế',
  CSĐT: 'cảnh sát điều tra', CQCSĐT: 'cơ quan cảnh sát điều tra', CQĐT: 'cơ quan điều tra', CSKV: 'cảnh sát khu vực',
  CSMT: 'cảnh sát môi trường', CSPCCC: 'cảnh sát phòng cháy chữa cháy', PCCC: 'phòng cháy chữa cháy',
  'PCCC&CNCH': 'phòng cháy chữa cháy và cứu nạn cứu hộ', 'PCCC và CNCH': 'phòng cháy chữa cháy và cứu nạn cứu hộ',
  // The short form of the same unit some papers print: "Đội Cảnh sát PC&CNCH".
  'PC&CNCH': 'phòng cháy và cứu nạn cứu hộ',
  CNCH: 'cứu nạn cứu hộ', 'PCTT': 'phòng chống thiên tai', 'PCTT&TKCN': 'phòng chống thiên tai và tìm kiếm cứu nạn',
  'PCTT-TKCN': 'phòng chống thiên tai và tìm kiếm cứu nạn', TKCN: 'tìm kiếm cứu nạn', CSB: 'cảnh sát biển',
  QĐND: 'quân đội nhân dân', QĐNDVN: 'quân đội nhân dân việt nam', BĐBP: 'bộ đội biên phòng', BP: 'biên phòng',
  BCHQS: 'bộ chỉ huy quân sự', BCHBĐBP: 'bộ chỉ huy bộ đội biên phòng',
  LLVT: 'lực lượng vũ trang', LLVTND: 'lực lượng vũ trang nhân dân', QK: 'quân khu', BTL: 'bộ tư lệnh',
  BTTM: 'bộ tổng tham mưu', QS: 'quân sự', DQTV: 'dân quân tự vệ', DQ: 'dân quân', ANTT: 'an ninh trật tự',
  'AN-TT': 'an ninh trật tự', TTATGT: 'trật tự an toàn giao thông', ATGT: 'an toàn giao thông', TNGT: 'tai nạn giao thông',
  ANCT: 'an ninh chính trị', 'ANCT-TTATXH': 'an ninh chính trị trật tự an toàn xã hội', TTATXH: 'trật tự an toàn xã hội',
  TTXH: 'trật tự xã hội', ANM: 'an ninh mạng', BLHS: 'bộ luật hình sự', BLDS: 'bộ luật dân sự', BLTTHS: 'bộ luật tố tụng hình sự',
  BLLĐ: 'bộ luật lao động', TNHS: 'trách nhiệm hình sự', THA: 'thi hành án', THADS: 'thi hành án dân sự',
  CCCD: 'căn cước công dân', CMND: 'chứng minh nhân dân', CMT: 'chứng minh thư', GPLX: 'giấy phép lái xe',
  HKTT: 'hộ khẩu thường trú', TAQS: 'tòa án quân sự', VKSQS: 'viện kiểm sát quân sự', HĐXX: 'hội đồng xét xử',
  TNXP: 'thanh niên xung phong', 'PC-MT': 'phòng chống ma túy', PCMT: 'phòng chống ma túy', 'TP-MT': 'tội phạm ma túy',
  BĐ: 'bộ đội', VPCQCSĐT: 'văn phòng cơ quan cảnh sát điều tra', KSV: 'kiểm sát viên',
  ANĐT: 'an ninh điều tra', TTGT: 'thanh tra giao thông', BKS: 'biển kiểm soát', BSX: 'biển số xe', CSHĐ: 'cảnh sát hình sự',
  'PCTP': 'phòng chống tội phạm', 'PCTN': 'phòng chống tham nhũng', 'PCTN-TC': 'phòng chống tham nhũng tiêu cực',
  'TNTC': 'tham nhũng tiêu cực', 'ĐTV': 'điều tra viên',
  // Ban CHQS huyện (Luật Dân quân tự vệ 2019); PCCCR: Luật Lâm nghiệp 2017, phòng cháy chữa cháy rừng.
  CHQS: 'chỉ huy quân sự', PCCCR: 'phòng cháy chữa cháy rừng',
  // Forest rangers, border posts, courts and police academies (Luật Lâm nghiệp 2017, Luật Biên
  // phòng 2020, Luật Tổ chức TAND 2024).
  QLBVR: 'quản lý bảo vệ rừng', BQLRPH: 'ban quản lý rừng phòng hộ', HKL: 'hạt kiểm lâm', CCKL: 'chi cục kiểm lâm',
  ĐBP: 'đồn biên phòng', HĐTP: 'hội đồng thẩm phán', HTND: 'hội thẩm nhân dân', HVCSND: 'học viện cảnh sát nhân dân',
  HVANND: 'học viện an ninh nhân dân', HVKTQS: 'học viện kỹ thuật quân sự',
  // Court fees and the instance of a judgment printed alone (Nghị quyết 326/2016/UBTVQH14: "án phí HSST").
  HSST: 'hình sự sơ thẩm', HSPT: 'hình sự phúc thẩm', DSST: 'dân sự sơ thẩm', DSPT: 'dân sự phúc thẩm',
  'HS-ST': 'hình sự sơ thẩm', 'HS-PT': 'hình sự phúc thẩm', 'DS-ST': 'dân sự sơ thẩm', 'DS-PT': 'dân sự phúc thẩm',
};
