import { render, screen } from '@testing-library/react';
import BindingReviewCard from '../../../src/features/members/components/BindingReviewCard';
import type { BindingForReview } from '../../../src/features/members/types';

const request = (rollMemberId: number | null): BindingForReview => ({
  id: 1, userId: 7, name: '党员0', phone: '13900000000', organizationId: 3, organizationName: '东村社区党委', status: 'pending',
  rejectReason: null, reviewedAt: null, createdAt: '2026-12-01T02:00:00.000Z', rollMemberId,
});

describe('BindingReviewCard', () => {
  it('tells the reviewer a request matches a roll row by name and phone', () => {
    render(<BindingReviewCard binding={request(42)} busy={false} onDecide={jest.fn()} />);
    expect(screen.getByText('党员名册：姓名和手机号一致')).toBeTruthy();
  });

  it('tells the reviewer a request matches nothing on the roll', () => {
    render(<BindingReviewCard binding={request(null)} busy={false} onDecide={jest.fn()} />);
    expect(screen.getByText(/党员名册：没有姓名和手机号都一致的党员/)).toBeTruthy();
    expect(screen.queryByText('党员名册：姓名和手机号一致')).toBeNull();
  });
});
