/**
 * Parts of Vietnamese legal document numbers ("100/2019/NĐ-CP", "1234/QĐ-UBND"): document
 * types and issuing bodies. Read only inside a document number, where "BTC" is Bộ Tài chính
 * and "CP" Chính phủ (elsewhere they are "ban tổ chức" and "cổ phần").
 * Source: Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục III (viết tắt tên loại văn bản)
 * and Luật Ban hành văn bản quy phạm pháp luật 2015; "L-CTN" is a lệnh of the Chủ tịch nước.
 */
/** Codes naming the kind of document ("QĐ" in "1234/QĐ-UBND", "KL" in "21-KL/TW"). */
export const DOCUMENT_TYPE_CODES: Readonly<Record<string, string>> = {
  NĐ: 'nghị định', QĐ: 'quyết định', TT: 'thông tư', TTLT: 'thông tư liên tịch', CT: 'chỉ thị', NQ: 'nghị quyết',
  NQLT: 'nghị quyết liên tịch', QC: 'quy chế', QyĐ: 'quy định', QĐi: 'quy định', TB: 'thông báo', HD: 'hướng dẫn',
  CTr: 'chương trình', KH: 'kế hoạch', PA: 'phương án', ĐA: 'đề án', DA: 'dự án', BC: 'báo cáo', BB: 'biên bản',
  TTr: 'tờ trình', CV: 'công văn', CĐ: 'công điện', GM: 'giấy mời', GP: 'giấy phép', KL: 'kết luận', SL: 'sắc lệnh',
  L: 'lệnh', PL: 'pháp lệnh', HĐ: 'hợp đồng', VBHN: 'văn bản hợp nhất', QCPH: 'quy chế phối hợp',
  HDLN: 'hướng dẫn liên ngành', AL: 'án lệ',
};

/** The issuing bodies and fields that follow the type ("CP" in "NĐ-CP", "UBTVQH15"). */
const DOCUMENT_ISSUERS: Readonly<Record<string, string>> = {
  QH: 'quốc hội', CP: 'chính phủ', TTg: 'thủ tướng', VPCP: 'văn phòng chính phủ', VPQH: 'văn phòng quốc hội',
  UBTVQH: 'ủy ban thường vụ quốc hội', TW: 'trung ương', TƯ: 'trung ương', UBND: 'ủy ban nhân dân', HĐND: 'hội đồng nhân dân',
  TU: 'tỉnh ủy', HU: 'huyện ủy', ĐU: 'đảng ủy', UBKT: 'ủy ban kiểm tra', BTC: 'bộ tài chính', BCA: 'bộ công an',
  BQP: 'bộ quốc phòng', BYT: 'bộ y tế', BCT: 'bộ công thương', BXD: 'bộ xây dựng', BTP: 'bộ tư pháp', BNV: 'bộ nội vụ',
  BNG: 'bộ ngoại giao', BGDĐT: 'bộ giáo dục và đào tạo', BGTVT: 'bộ giao thông vận tải', BKHĐT: 'bộ kế hoạch và đầu tư',
  BTNMT: 'bộ tài nguyên và môi trường', BNNPTNT: 'bộ nông nghiệp và phát triển nông thôn', BNNMT: 'bộ nông nghiệp và môi trường',
  BLĐTBXH: 'bộ lao động thương binh và xã hội', BVHTTDL: 'bộ văn hóa thể thao và du lịch', BTTTT: 'bộ thông tin và truyền thông',
  BKHCN: 'bộ khoa học và công nghệ', NHNN: 'ngân hàng nhà nước', TTCP: 'thanh tra chính phủ', BHXH: 'bảo hiểm xã hội',
  VKSNDTC: 'viện kiểm sát nhân dân tối cao', TANDTC: 'tòa án nhân dân tối cao', HĐTP: 'hội đồng thẩm phán',
  SNV: 'sở nội vụ', STC: 'sở tài chính', SYT: 'sở y tế', SGDĐT: 'sở giáo dục và đào tạo', STNMT: 'sở tài nguyên và môi trường',
  VP: 'văn phòng', BQL: 'ban quản lý', BTCTW: 'ban tổ chức trung ương', BBT: 'ban bí thư',
  CAT: 'công an tỉnh', MTTQ: 'mặt trận tổ quốc', XPHC: 'xử phạt hành chính', CTN: 'chủ tịch nước',
  VKSTC: 'viện kiểm sát tối cao', TATC: 'tòa án tối cao',
  ĐCTUBTWMTTQVN: 'đoàn chủ tịch ủy ban trung ương mặt trận tổ quốc việt nam',
  // Court judgments and decisions (Nghị quyết 01/2017/NQ-HĐTP, forms of judgments): the kind
  // of case, then the instance: "123/2024/HS-ST" hình sự sơ thẩm, "45/2024/DS-PT" dân sự phúc thẩm.
  HS: 'hình sự', DS: 'dân sự', HC: 'hành chính', KDTM: 'kinh doanh thương mại', HNGĐ: 'hôn nhân và gia đình',
  LĐ: 'lao động', ST: 'sơ thẩm', PT: 'phúc thẩm', GĐT: 'giám đốc thẩm', TLVA: 'thụ lý vụ án',
  TLST: 'thụ lý sơ thẩm', TLPT: 'thụ lý phúc thẩm',
  // Tender packages (Luật Đấu thầu 2023): "Gói thầu số 12/2024/TV" tư vấn, "…/XL" xây lắp.
  TV: 'tư vấn', XL: 'xây lắp',
  // Divisions of a provincial office that sign its letters: "Văn bản số 2345/UBND-NC" nội chính, "…/UBND-VX" văn xã.
  NC: 'nội chính', VX: 'văn xã', KGVX: 'khoa giáo văn xã',
};

/** Every piece of a document code, types first. */
export const DOCUMENT_PARTS: Readonly<Record<string, string>> = { ...DOCUMENT_TYPE_CODES, ...DOCUMENT_ISSUERS };

/**
 * Signature blocks of state documents (Nghị định 30/2020/NĐ-CP, Điều 13): "TM. UBND TỈNH",
 * "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "TUQ. GIÁM ĐỐC". Only the dotted forms: "KT" alone is kinh tế.
 */
export const SIGNATURE_AUTHORITY: Readonly<Record<string, string>> = {
  'TM.': 'thay mặt', 'KT.': 'ký thay', 'TL.': 'thừa lệnh', 'TUQ.': 'thừa ủy quyền',
};
