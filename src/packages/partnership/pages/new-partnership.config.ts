export default definePageConfig({ navigationBarTitleText: '新建联建对子' });
