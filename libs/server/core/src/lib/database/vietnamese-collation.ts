/**
 * The collation that sorts Vietnamese correctly (a < ă < â, d < đ …) and ignores tone marks
 * in comparisons. MariaDB and MySQL name it differently.
 */
export function vietnameseCollation(serverVersion: string): string {
  return /mariadb/i.test(serverVersion) ? 'utf8mb4_uca1400_vietnamese_ai_ci' : 'utf8mb4_vi_0900_ai_ci';
}
