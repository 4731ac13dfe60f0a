export default definePageConfig({ navigationBarTitleText: '取消资格情形' });
