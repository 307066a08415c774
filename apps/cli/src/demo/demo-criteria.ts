import { CreateCriteriaSetRequest } from '@thidua/shared/contracts';

const criterion = (code: string, text: string, maxPoints: number, guidance: string | null = null) => ({
  code,
  text,
  maxPoints,
  guidance,
});

/**
 * A sample scoring table for grassroots unions (bảng chấm điểm thi đua công đoàn cơ sở), in the
 * shape provincial federations use: four groups worth 100 points, up to 10 bonus points, and the
 * usual classification ("vững mạnh xuất sắc" needs 85 points and no criterion under half its points).
 */
export const DEMO_CRITERIA_SET: CreateCriteriaSetRequest = {
  name: 'Bảng chấm điểm thi đua công đoàn cơ sở năm 2026 (mẫu)',
  description:
    'Mẫu để tham khảo: chấm theo thang 100 điểm và tối đa 10 điểm thưởng; xếp loại công đoàn cơ sở theo tổng điểm.',
  year: 2026,
  groups: [
    {
      code: 'I',
      name: 'Đại diện, chăm lo, bảo vệ quyền, lợi ích của đoàn viên và người lao động',
      criteria: [
        criterion(
          '1.1',
          'Phối hợp tổ chức Hội nghị người lao động (Hội nghị cán bộ, công chức, viên chức); đối thoại, thương lượng, ký kết thỏa ước lao động tập thể',
          10,
          'Có biên bản hội nghị và thỏa ước còn hiệu lực: 10 điểm; thiếu một trong hai: 5 điểm.',
        ),
        criterion('1.2', 'Chăm lo đời sống, việc làm, thu nhập của đoàn viên và người lao động', 10),
        criterion(
          '1.3',
          'Tham gia giám sát thực hiện chế độ, chính sách; an toàn, vệ sinh lao động',
          10,
          'Không để xảy ra tai nạn lao động nghiêm trọng; có mạng lưới an toàn vệ sinh viên hoạt động.',
        ),
      ],
    },
    {
      code: 'II',
      name: 'Tuyên truyền, giáo dục và tổ chức các phong trào thi đua',
      criteria: [
        criterion(
          '2.1',
          'Tuyên truyền, phổ biến chủ trương của Đảng, pháp luật của Nhà nước, nghị quyết Công đoàn',
          10,
        ),
        criterion(
          '2.2',
          'Tổ chức, hưởng ứng phong trào "Lao động giỏi, Lao động sáng tạo", "Giỏi việc nước, Đảm việc nhà"',
          10,
        ),
        criterion(
          '2.3',
          'Sáng kiến, giải pháp được cấp có thẩm quyền công nhận',
          10,
          'Mỗi sáng kiến được công nhận: 2 điểm, tối đa 10 điểm (kèm quyết định công nhận).',
        ),
      ],
    },
    {
      code: 'III',
      name: 'Xây dựng tổ chức công đoàn, phát triển đoàn viên',
      criteria: [
        criterion('3.1', 'Phát triển đoàn viên đạt hoặc vượt chỉ tiêu được giao', 10),
        criterion('3.2', 'Ban Chấp hành sinh hoạt định kỳ; báo cáo đầy đủ, đúng hạn', 8),
        criterion('3.3', 'Xây dựng tổ công đoàn vững mạnh', 7),
      ],
    },
    {
      code: 'IV',
      name: 'Tài chính công đoàn và công tác kiểm tra',
      criteria: [
        criterion('4.1', 'Thu, nộp kinh phí và đoàn phí công đoàn đúng, đủ, kịp thời', 10),
        criterion('4.2', 'Ủy ban kiểm tra thực hiện kiểm tra, giám sát theo quy định', 5),
      ],
    },
  ],
  bonusMax: 10,
  bonusGuidance:
    'Cộng điểm cho thành tích đột xuất, mô hình hay được cấp trên biểu dương (có quyết định hoặc văn bản kèm theo).',
  bands: [
    { name: 'Công đoàn cơ sở vững mạnh xuất sắc', minTotal: 85, minCriterionRatio: 0.5 },
    { name: 'Công đoàn cơ sở vững mạnh', minTotal: 70, minCriterionRatio: null },
    { name: 'Công đoàn cơ sở hoàn thành nhiệm vụ', minTotal: 50, minCriterionRatio: null },
    { name: 'Công đoàn cơ sở chưa hoàn thành nhiệm vụ', minTotal: 0, minCriterionRatio: null },
  ],
};
