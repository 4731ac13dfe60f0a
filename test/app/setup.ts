// What the Taro build defines at compile time. The tests run the mini program's code paths.
process.env.TARO_ENV = 'weapp';
process.env.TARO_APP_API_BASE = 'https://api.test';
