/**
 * Approximate centre (latitude, longitude) of the countries logins most often come from, for the
 * impossible-travel rule. Country-level precision is coarse on purpose: it can only flag trips that
 * are impossible between any two points of the two countries' centres, which keeps false alarms
 * rare. Countries missing here are skipped by that rule.
 */
export const COUNTRY_CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  KR: [36.5, 127.9], JP: [36.2, 138.3], CN: [35.9, 104.2], TW: [23.7, 121.0], HK: [22.3, 114.2],
  MO: [22.2, 113.5], MN: [46.9, 103.8], VN: [14.1, 108.3], TH: [15.9, 100.99], PH: [12.9, 121.8],
  ID: [-0.8, 113.9], MY: [4.2, 101.98], SG: [1.35, 103.8], KH: [12.6, 104.99], LA: [19.9, 102.5],
  MM: [21.9, 95.96], IN: [20.6, 78.96], PK: [30.4, 69.3], BD: [23.7, 90.4], LK: [7.9, 80.8],
  NP: [28.4, 84.1], KZ: [48.0, 66.9], UZ: [41.4, 64.6], AE: [23.4, 53.8], SA: [23.9, 45.1],
  QA: [25.4, 51.2], IL: [31.0, 34.9], TR: [38.96, 35.2], IR: [32.4, 53.7], IQ: [33.2, 43.7],
  EG: [26.8, 30.8], ZA: [-30.6, 22.9], NG: [9.1, 8.7], KE: [-0.02, 37.9], MA: [31.8, -7.1],
  GB: [55.4, -3.4], IE: [53.4, -8.2], FR: [46.2, 2.2], DE: [51.2, 10.5], NL: [52.1, 5.3],
  BE: [50.5, 4.5], LU: [49.8, 6.1], CH: [46.8, 8.2], AT: [47.5, 14.6], IT: [41.9, 12.6],
  ES: [40.5, -3.7], PT: [39.4, -8.2], SE: [60.1, 18.6], NO: [60.5, 8.5], DK: [56.3, 9.5],
  FI: [61.9, 25.7], IS: [64.96, -19.0], PL: [51.9, 19.1], CZ: [49.8, 15.5], HU: [47.2, 19.5],
  RO: [45.9, 24.97], BG: [42.7, 25.5], GR: [39.1, 21.8], UA: [48.4, 31.2], RU: [61.5, 105.3],
  US: [37.1, -95.7], CA: [56.1, -106.3], MX: [23.6, -102.6], BR: [-14.2, -51.9], AR: [-38.4, -63.6],
  CL: [-35.7, -71.5], CO: [4.6, -74.3], PE: [-9.2, -75.0], AU: [-25.3, 133.8], NZ: [-40.9, 174.9],
};

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two countries' centres in km; null when either is unknown. */
export function distanceBetweenCountriesKm(from: string, to: string): number | null {
  const a = COUNTRY_CENTROIDS[from];
  const b = COUNTRY_CENTROIDS[to];
  if (!a || !b) return null;
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b[0] - a[0]);
  const dLon = rad(b[1] - a[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}
