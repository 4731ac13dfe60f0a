export default definePageConfig({ navigationBarTitleText: '登记入党申请人' });
