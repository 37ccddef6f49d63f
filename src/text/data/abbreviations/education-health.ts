/**
 * Schools, exams, hospitals and public health.
 * Sources: Luật Giáo dục 2019 (levels: MN, TH, THCS, THPT, CĐ, ĐH, GDTX, GDNN); Bộ GD-ĐT exam
 * names (kỳ thi tốt nghiệp THPT, ĐGNL); Luật Khám bệnh, chữa bệnh 2023 and Luật BHYT
 * (BV, BVĐK, TTYT, TYT, BHYT, KCB); Bộ Y tế bulletins (SXH, TCM, ATTP).
 */
export const EDUCATION_HEALTH: Readonly<Record<string, string>> = {
  THPT: 'trung học phổ thông', THCS: 'trung học cơ sở', 'TH-THCS': 'tiểu học và trung học cơ sở',
  'THCS-THPT': 'trung học cơ sở và trung học phổ thông', THPTQG: 'trung học phổ thông quốc gia',
  'THPT QG': 'trung học phổ thông quốc gia', ĐH: 'đại học', CĐ: 'cao đẳng', 'ĐH-CĐ': 'đại học cao đẳng',
  ĐHQG: 'đại học quốc gia', ĐHQGHN: 'đại học quốc gia hà nội', 'ĐHQG-HCM': 'đại học quốc gia thành phố hồ chí minh',
  ĐHQGHCM: 'đại học quốc gia thành phố hồ chí minh', ĐHBK: 'đại học bách khoa', ĐHSP: 'đại học sư phạm',
  ĐHKT: 'đại học kinh tế', ĐHYD: 'đại học y dược', 'KHXH&NV': 'khoa học xã hội và nhân văn',
  KHXHNV: 'khoa học xã hội và nhân văn', KHXH: 'khoa học xã hội', KHTN: 'khoa học tự nhiên', GDTX: 'giáo dục thường xuyên',
  'GDNN-GDTX': 'giáo dục nghề nghiệp và giáo dục thường xuyên', GDNN: 'giáo dục nghề nghiệp', GDCD: 'giáo dục công dân',
  GDPT: 'giáo dục phổ thông', PTDTNT: 'phổ thông dân tộc nội trú', PTDTBT: 'phổ thông dân tộc bán trú',
  'PTDTBT-TH': 'phổ thông dân tộc bán trú tiểu học', MN: 'mầm non', SGK: 'sách giáo khoa', GD: 'giáo dục',
  CNTT: 'công nghệ thông tin', NCKH: 'nghiên cứu khoa học', KHKT: 'khoa học kỹ thuật', 'KH-KT': 'khoa học kỹ thuật',
  ĐGNL: 'đánh giá năng lực', ĐGTD: 'đánh giá tư duy', TNTHPT: 'tốt nghiệp trung học phổ thông', TS10: 'tuyển sinh lớp mười',
  'CLC': 'chất lượng cao', TTGDNN: 'trung tâm giáo dục nghề nghiệp',
  BV: 'bệnh viện', BVĐK: 'bệnh viện đa khoa', BVĐKTƯ: 'bệnh viện đa khoa trung ương', BVĐKT: 'bệnh viện đa khoa tỉnh',
  'BVĐKKV': 'bệnh viện đa khoa khu vực', PKĐK: 'phòng khám đa khoa', TTKSBT: 'trung tâm kiểm soát bệnh tật', BVND: 'bệnh viện nhân dân', BVSK: 'bảo vệ sức khỏe',
  TTYT: 'trung tâm y tế', TYT: 'trạm y tế', BHYT: 'bảo hiểm y tế', BHXH: 'bảo hiểm xã hội',
  BHTN: 'bảo hiểm thất nghiệp', 'BHXH-BHYT': 'bảo hiểm xã hội và bảo hiểm y tế', KCB: 'khám chữa bệnh',
  'KCB BHYT': 'khám chữa bệnh bảo hiểm y tế', ATTP: 'an toàn thực phẩm', VSATTP: 'vệ sinh an toàn thực phẩm',
  SXH: 'sốt xuất huyết', TCM: 'tay chân miệng', YHCT: 'y học cổ truyền', YTDP: 'y tế dự phòng',
  KSBT: 'kiểm soát bệnh tật', CDC: 'xê đê xê', XN: 'xét nghiệm', TTB: 'trang thiết bị', VTYT: 'vật tư y tế',
  HIV: 'hát i vê', AIDS: 'ết', 'HIV/AIDS': 'hát i vê ết', ICU: 'i xi u', ECMO: 'ếch mô',
  MRI: 'em rờ i', ADN: 'a đê en', DNA: 'đê en a', ARN: 'a e rờ en', RNA: 'e rờ en a', PCR: 'pê xê e rờ',
  COVID: 'cô vít', Covid: 'cô vít', 'SARS-CoV-2': 'sát cô vi hai', WHO: 'tổ chức y tế thế giới',
  BN: 'bệnh nhân', KSK: 'khám sức khỏe', CSSK: 'chăm sóc sức khỏe', SDD: 'suy dinh dưỡng', TCMR: 'tiêm chủng mở rộng',
  ĐTĐ: 'đái tháo đường', ĐTB: 'điểm trung bình', HK: 'học kỳ', HKI: 'học kỳ một', HKII: 'học kỳ hai', KTX: 'ký túc xá',
  GDMN: 'giáo dục mầm non', GDTH: 'giáo dục tiểu học', 'ĐHKHXH&NV': 'đại học khoa học xã hội và nhân văn', PGD: 'phòng giáo dục',
  'PGD&ĐT': 'phòng giáo dục và đào tạo', 'PGDĐT': 'phòng giáo dục và đào tạo', TTYTDP: 'trung tâm y tế dự phòng',
  // School and commune-health press usage (Báo Gia Lai, Giáo dục & Thời đại): PHHS, CBGV, YTCS.
  PHHS: 'phụ huynh học sinh', SBD: 'số báo danh', CBGV: 'cán bộ giáo viên', YTCS: 'y tế cơ sở',
  // English certificates as said in exam news (VTV, Tuổi Trẻ tuyển sinh): a word, not letters.
  // "giáo dục STEM" is said as the English word.
  STEM: 'xờ tem',
  HbA1c: 'hát bê a một xê', mRNA: 'em e rờ en a',
  // Acidity in water, soil and lab news: "độ pH 6,5" is said "pê hát" (a bare pH is no word).
  pH: 'pê hát',
  // Multi-level schools as named by Sở GD-ĐT: "Trường TH&THCS Lê Lợi", "Trường THCS&THPT".
  // Quy chế tuyển sinh (Thông tư 08/2022/TT-BGDĐT): priority areas are said "ca vê một"; NT in KV2-NT is nông thôn.
  'KV2-NT': 'ca vê hai nông thôn',
  ĐKKV: 'đa khoa khu vực', 'TH&THCS': 'tiểu học và trung học cơ sở', 'THCS&THPT': 'trung học cơ sở và trung học phổ thông',
  // Hospital wards and army medicine (Bộ Y tế, Bộ Quốc phòng): "Khoa HSCC", "BVQY 175".
  HSCC: 'hồi sức cấp cứu', HVQY: 'học viện quân y', BVQY: 'bệnh viện quân y',
  // Specialist hospitals, health staff, schools and academies as the health and admissions
  // desks name them ("BVNĐ 1", "NVYT", "ĐKXT", "HVNH").
  BVPS: 'bệnh viện phụ sản', BVNĐ: 'bệnh viện nhi đồng', BVUB: 'bệnh viện ung bướu', NVYT: 'nhân viên y tế',
  CBYT: 'cán bộ y tế', TCCN: 'trung cấp chuyên nghiệp', CSVC: 'cơ sở vật chất', CMHS: 'cha mẹ học sinh',
  ĐKXT: 'đăng ký xét tuyển', ĐHNT: 'đại học ngoại thương', ĐHTM: 'đại học thương mại', ĐHXD: 'đại học xây dựng',
  ĐHGTVT: 'đại học giao thông vận tải', ĐHSPHN: 'đại học sư phạm hà nội', ĐHĐN: 'đại học đà nẵng',
  ĐHCT: 'đại học cần thơ', HVNH: 'học viện ngân hàng', HVTC: 'học viện tài chính',
  HVBCTT: 'học viện báo chí và tuyên truyền', HVCTQG: 'học viện chính trị quốc gia',
  // Hospital departments and diagnoses as health pages print them (Thông tư 43/2013/TT-BYT lists
  // of specialties: "Khoa TMH", "Khoa HSTC-CĐ", "nhồi máu cơ tim (NMCT)").
  'HSTC-CĐ': 'hồi sức tích cực chống độc', HSTC: 'hồi sức tích cực', CĐHA: 'chẩn đoán hình ảnh',
  PHCN: 'phục hồi chức năng', TMH: 'tai mũi họng', RHM: 'răng hàm mặt', NMCT: 'nhồi máu cơ tim',
  TBMMN: 'tai biến mạch máu não', BSGĐ: 'bác sĩ gia đình', 'BV ĐK': 'bệnh viện đa khoa',
};
