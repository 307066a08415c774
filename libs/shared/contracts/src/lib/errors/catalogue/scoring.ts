import { Bilingual } from './bilingual';

/** Criteria sets, scorecards and clusters. */
export const SCORING_ERRORS = {
  criteria_code_duplicate: {
    vi: 'Mã «{code}» dùng cho hai nhóm hoặc hai tiêu chí; mỗi mã chỉ dùng một lần.',
    en: 'Code "{code}" is used twice; each group and criterion needs its own code.',
  },
  criteria_band_duplicate: {
    vi: 'Mức xếp loại «{name}» có hai lần.',
    en: 'Rank band "{name}" appears twice.',
  },
  criteria_band_order: {
    vi: 'Các mức xếp loại phải xếp từ cao xuống thấp: mức «{name}» phải cần ít điểm hơn mức đứng trên nó.',
    en: 'Rank bands go from highest to lowest: "{name}" must need fewer points than the band above it.',
  },
  criteria_band_unreachable: {
    vi: 'Mức «{name}» cần {min} điểm, nhiều hơn tổng điểm tối đa có thể đạt ({max}).',
    en: 'Band "{name}" needs {min} points, more than the most a unit can get ({max}).',
  },
  criteria_set_incomplete: {
    vi: 'Bảng tiêu chí cần ít nhất một tiêu chí và một mức xếp loại trước khi ban hành.',
    en: 'A criteria set needs at least one criterion and one rank band before it is published.',
  },
  criteria_set_not_draft: {
    vi: 'Bảng tiêu chí đang ở trạng thái «{status}»: chỉ sửa hoặc ban hành được bản nháp. Hãy tạo bản sao để sửa.',
    en: 'The criteria set is "{status}": only drafts can be changed or published. Make a copy to change it.',
  },
  criteria_set_not_published: {
    vi: 'Chỉ gắn được bảng tiêu chí đã ban hành (không phải bản nháp hay bản đã lưu trữ).',
    en: 'Only a published criteria set can be attached (not a draft or an archived one).',
  },
  scoring_locked: {
    vi: 'Kế hoạch đã có {count} phiếu chấm điểm theo bảng tiêu chí hiện tại; không đổi bảng tiêu chí được nữa.',
    en: 'The plan already has {count} scorecard(s) on its criteria set; the set can no longer change.',
  },
  scoring_no_criteria: {
    vi: 'Kế hoạch chưa gắn bảng tiêu chí chấm điểm. Đơn vị ban hành kế hoạch cần chọn bảng tiêu chí trước.',
    en: 'The plan has no criteria set yet. Its issuer must attach one first.',
  },
  score_unknown_criterion: {
    vi: 'Tiêu chí «{code}» không có trong bảng tiêu chí của kế hoạch.',
    en: 'Criterion "{code}" is not in the plan’s criteria set.',
  },
  score_over_max: {
    vi: 'Tiêu chí «{code}» tối đa {max} điểm.',
    en: 'Criterion "{code}" is worth at most {max} points.',
  },
  score_bonus_over_max: {
    vi: 'Điểm thưởng tối đa {max} điểm.',
    en: 'Bonus points are at most {max}.',
  },
  score_incomplete: {
    vi: 'Còn {count} tiêu chí chưa tự chấm ({codes}). Hãy chấm đủ rồi gửi.',
    en: '{count} criteria have no self-score yet ({codes}). Score them all, then submit.',
  },
  score_reason_required: {
    vi: 'Hãy ghi lý do chấm điểm để lưu vào lịch sử chấm.',
    en: 'Say why you score this way; the reason is kept in the scoring history.',
  },
  score_not_submitted: {
    vi: 'Chỉ chấm, chốt hoặc trả lại được phiếu đã gửi; phiếu này đang «{status}».',
    en: 'Only submitted scorecards can be scored, finalised or returned; this one is "{status}".',
  },
  score_not_final: {
    vi: 'Chỉ mở lại được phiếu đã chốt điểm; phiếu này đang «{status}».',
    en: 'Only a final scorecard can be reopened; this one is "{status}".',
  },
  score_decision_comment: {
    vi: 'Hãy ghi rõ lý do để đơn vị biết cần làm gì.',
    en: 'Say why, so the unit knows what to do.',
  },
  cluster_too_small: {
    vi: 'Cụm, khối thi đua cần ít nhất hai đơn vị.',
    en: 'A cluster or bloc needs at least two units.',
  },
  cluster_member_not_reached: {
    vi: 'Kế hoạch chưa gửi tới «{unit}»: chỉ đơn vị nhận kế hoạch mới vào cụm, khối được.',
    en: 'The plan has not reached "{unit}": only units it reached can join a cluster.',
  },
  cluster_member_taken: {
    vi: '«{unit}» đã thuộc «{cluster}» trong kế hoạch này; mỗi đơn vị chỉ vào một cụm và một khối.',
    en: '"{unit}" already belongs to "{cluster}" in this plan; a unit joins one cluster and one bloc.',
  },
  cluster_name_taken: {
    vi: 'Kế hoạch này đã có cụm, khối tên «{name}».',
    en: 'This plan already has a cluster named "{name}".',
  },
  cluster_head_not_member: {
    vi: 'Đơn vị cụm trưởng phải là thành viên của cụm.',
    en: 'The chairing unit must be a member of the cluster.',
  },
  cluster_leader_not_member: {
    vi: 'Đơn vị dẫn đầu phải là thành viên của cụm.',
    en: 'The leading unit must be a member of the cluster.',
  },
  cluster_leader_note_required: {
    vi: 'Đơn vị xếp thứ nhất là «{best}». Chọn đơn vị khác cần ghi lý do (ví dụ kết quả bình xét, suy tôn).',
    en: '"{best}" ranks first. Choosing another unit needs a note saying why (e.g. the vote of the cluster).',
  },
  cluster_leader_unscored: {
    vi: 'Chưa đơn vị nào trong cụm được chốt điểm. Chọn đơn vị dẫn đầu lúc này cần ghi lý do.',
    en: 'No member has a final score yet. Choosing the leading unit now needs a note saying why.',
  },
  cluster_has_leader: {
    vi: 'Cụm đã suy tôn đơn vị dẫn đầu, không xóa được.',
    en: 'The cluster has chosen its leading unit and cannot be deleted.',
  },
} satisfies Record<string, Bilingual>;
