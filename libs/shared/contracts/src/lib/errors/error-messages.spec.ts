import { errorMessage, validationMessage } from './error-messages';

describe('error messages', () => {
  it('speaks Vietnamese with diacritics and English on request', () => {
    expect(errorMessage('not_found', 'vi')).toBe('Không tìm thấy dữ liệu yêu cầu.');
    expect(errorMessage('not_found', 'en')).toBe('The requested item was not found.');
  });

  it('names the field and the constraint arguments in validation messages', () => {
    expect(validationMessage('maxLength', 'vi', 'title', [200])).toBe(
      'Trường «title» chỉ được tối đa 200 ký tự.',
    );
    expect(validationMessage('isIn', 'en', 'status', [['draft', 'issued']])).toBe(
      'Field "status" must be one of: draft, issued.',
    );
  });

  it('never shows a bare placeholder when the constraint arguments are unknown', () => {
    expect(validationMessage('maxLength', 'vi', 'login')).toBe('Trường «login» không hợp lệ.');
    expect(validationMessage('isNotEmpty', 'vi', 'login')).toBe('Trường «login» không được để trống.');
  });

  it('names fields that have a label by that label', () => {
    expect(validationMessage('isNotEmpty', 'vi', 'content.phases')).toBe(
      'Trường «Các đợt thi đua» không được để trống.',
    );
    expect(validationMessage('isNotEmpty', 'en', 'recipientUnitIds')).toBe(
      'Field "Recipient units" must not be empty.',
    );
  });

  it('falls back to a generic sentence for unknown constraints', () => {
    expect(validationMessage('somethingNew', 'vi', 'x')).toBe('Trường «x» không hợp lệ.');
  });
});
