/**
 * Couriers the dispatch call accepts, by the vendor's `deliveryCompanyCode` (spec §7.2: the
 * authoritative list is the enum on the operation's own page, 203 codes in v2.73.0; these are the
 * common ones the spec names, the malformed `GS더프레시` row left out as it says).
 */
export const COURIERS: readonly { code: string; name: string }[] = [
  { code: 'CJGLS', name: 'CJ대한통운' },
  { code: 'HYUNDAI', name: '롯데택배' },
  { code: 'HANJIN', name: '한진택배' },
  { code: 'KGB', name: '로젠택배' },
  { code: 'EPOST', name: '우체국택배' },
  { code: 'KDEXP', name: '경동택배' },
  { code: 'CVSNET', name: 'GSPostbox택배' },
  { code: 'CUPARCEL', name: 'CU편의점택배' },
  { code: 'DAESIN', name: '대신택배' },
  { code: 'ILYANG', name: '일양로지스' },
  { code: 'CHUNIL', name: '천일택배' },
  { code: 'HDEXP', name: '합동택배' },
  { code: 'REGISTPOST', name: '우편등기' },
  { code: 'CH1', name: '기타택배' },
];
