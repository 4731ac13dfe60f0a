export default definePageConfig({ navigationBarTitleText: '联建共建对子' });
