import { act, fireEvent, render, screen } from '@testing-library/react';
import PrivacyPopup from '../../../src/components/PrivacyPopup';
import { COLLECTED_DATA, listenForPrivacyRequests } from '../../../src/lib/privacy';
import Taro from '../stubs/taro';

const onNeed = Taro.onNeedPrivacyAuthorization as jest.Mock;

describe('PrivacyPopup', () => {
  it('lists exactly what is collected when WeChat asks, and answers WeChat (here: a refusal; agreeing is WeChat’s own button)', () => {
    listenForPrivacyRequests();
    const resolve = jest.fn();
    render(<PrivacyPopup />);
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();

    act(() => onNeed.mock.calls[0][0](resolve));

    expect(COLLECTED_DATA.map((c) => c.data)).toEqual(['姓名、手机号', '商户联系电话', '选中的照片', '选中的文件']);
    for (const c of COLLECTED_DATA) expect(screen.getByText(c.data)).toBeTruthy();
    expect(screen.getByText(/不收集位置信息/)).toBeTruthy();
    fireEvent.click(screen.getByText('拒绝'));
    expect(resolve).toHaveBeenCalledWith({ event: 'disagree' });
    expect(screen.queryByText('用户隐私保护提示')).toBeNull();
  });
});
