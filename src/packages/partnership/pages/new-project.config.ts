export default definePageConfig({ navigationBarTitleText: '添加共建项目' });
