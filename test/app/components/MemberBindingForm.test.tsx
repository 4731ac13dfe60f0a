import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import MemberBindingForm from '../../../src/features/auth/components/MemberBindingForm';
import Taro from '../stubs/taro';

const request$ = Taro.request as jest.Mock;

function renderForm(organizationId: number | null = 42) {
  const onSubmitted = jest.fn();
  render(<MemberBindingForm organizationField={<div>所在社区</div>} organizationId={organizationId} onSubmitted={onSubmitted} />);
  return { onSubmitted };
}

const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
const submit = () => act(async () => fireEvent.click(screen.getByText('提交认证')));

describe('MemberBindingForm', () => {
  it('says what is missing and sends nothing', async () => {
    renderForm(null);
    type('党组织登记的手机号', '1381234');

    await submit();

    expect(screen.getByText('请填写真实姓名')).toBeTruthy();
    expect(screen.getByText('请填写 11 位手机号')).toBeTruthy();
    expect(screen.getByText('请选择所在社区')).toBeTruthy();
    expect(request$).not.toHaveBeenCalled();
  });

  it('masks the phone once the user leaves the field', () => {
    renderForm();
    const phone = screen.getByPlaceholderText('党组织登记的手机号') as HTMLInputElement;
    fireEvent.focus(phone);
    type('党组织登记的手机号', '13812345678');
    expect(phone.value).toBe('13812345678');

    fireEvent.blur(phone);

    expect(phone.value).toBe('138****5678');
  });

  it('asks for privacy consent, then sends the request and reports it pending', async () => {
    request$.mockResolvedValueOnce({ statusCode: 201, data: { status: 'pending' } });
    const { onSubmitted } = renderForm(42);
    type('与党员档案一致', ' 张三 ');
    type('党组织登记的手机号', '13812345678');

    await submit();

    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(Taro.requirePrivacyAuthorize).toHaveBeenCalled();
    expect(request$.mock.calls[0][0]).toMatchObject({
      method: 'POST',
      url: 'https://api.test/api/me/member-binding',
      data: { name: '张三', phone: '13812345678', organizationId: 42 },
    });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已提交，等待审核' }));
  });

  it('sends nothing when the user declines the privacy guide', async () => {
    (Taro.requirePrivacyAuthorize as jest.Mock).mockImplementationOnce((options: { fail: () => void }) => options.fail());
    renderForm(42);
    type('与党员档案一致', '张三');
    type('党组织登记的手机号', '13812345678');

    await submit();

    expect(request$).not.toHaveBeenCalled();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '同意隐私保护指引后才能提交' }));
  });
});
