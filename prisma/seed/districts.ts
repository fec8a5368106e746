// The five districts of the seed reports. Codes are the 6-digit administrative
// division codes (行政区划代码). Chongqing's districts sit directly under the
// municipality, so they have no city: city is null and the province is 重庆市.
// Field names match the District model, so the loader can insert these as they are.

export type SeedDistrict = {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Plain pinyin without tone marks. */
  pinyin: string;
  cityZh: string | null;
  cityEn: string | null;
  provinceZh: string;
  provinceEn: string;
};

export const SEED_DISTRICTS: readonly SeedDistrict[] = [
  { code: '520302', nameZh: '红花岗区', nameEn: 'Honghuagang District', pinyin: 'Honghuagang', cityZh: '遵义市', cityEn: 'Zunyi', provinceZh: '贵州省', provinceEn: 'Guizhou' },
  { code: '410802', nameZh: '解放区', nameEn: 'Jiefang District', pinyin: 'Jiefang', cityZh: '焦作市', cityEn: 'Jiaozuo', provinceZh: '河南省', provinceEn: 'Henan' },
  { code: '500155', nameZh: '梁平区', nameEn: 'Liangping District', pinyin: 'Liangping', cityZh: null, cityEn: null, provinceZh: '重庆市', provinceEn: 'Chongqing' },
  { code: '520304', nameZh: '播州区', nameEn: 'Bozhou District', pinyin: 'Bozhou', cityZh: '遵义市', cityEn: 'Zunyi', provinceZh: '贵州省', provinceEn: 'Guizhou' },
  { code: '360702', nameZh: '章贡区', nameEn: 'Zhanggong District', pinyin: 'Zhanggong', cityZh: '赣州市', cityEn: 'Ganzhou', provinceZh: '江西省', provinceEn: 'Jiangxi' },
];
