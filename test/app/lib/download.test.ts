import type * as Download from '../../../src/lib/download';
import type * as TaroStub from '../stubs/taro';

let Taro: typeof TaroStub.default;
let download: typeof Download.download;
let fileNameOf: typeof Download.fileNameOf;

const downloadFile = () => Taro.downloadFile as jest.Mock;
const session = { token: 'fresh-token', user: { id: 7, nickname: '管理员', roles: ['org_admin'] } };

beforeEach(() => {
  jest.resetModules();
  Taro = (require('../stubs/taro') as typeof TaroStub).default;
  Taro.setStorageSync('spb:session', { ...session, token: 'old-token' });
  ({ download, fileNameOf } = require('../../../src/lib/download') as typeof Download);
});

describe('download (WeChat)', () => {
  it('downloads with the bearer token and opens the file in the document viewer', async () => {
    downloadFile().mockResolvedValueOnce({ statusCode: 200, tempFilePath: 'wxfile://tmp/roster' });

    await expect(download({ path: '/api/activities/3/signups', query: { format: 'xlsx' }, fileType: 'xlsx' })).resolves.toBe(true);

    expect(downloadFile()).toHaveBeenCalledWith({ url: 'https://api.test/api/activities/3/signups?format=xlsx', header: { Authorization: 'Bearer old-token' } });
    expect(Taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/roster', fileType: 'xlsx', showMenu: true });
  });

  it('does not open an error answer as the file, and says why', async () => {
    downloadFile().mockResolvedValueOnce({ statusCode: 403, tempFilePath: 'wxfile://tmp/error-body' });

    await expect(download({ path: '/api/campaigns/1/stats', query: { format: 'xlsx' }, fileType: 'xlsx' })).resolves.toBe(false);

    expect(Taro.openDocument).not.toHaveBeenCalled();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '没有权限下载该文件', icon: 'none' }));
  });

  it('renews an expired session once and downloads with the new token', async () => {
    downloadFile()
      .mockResolvedValueOnce({ statusCode: 401, tempFilePath: 'wxfile://tmp/error-body' })
      .mockResolvedValueOnce({ statusCode: 200, tempFilePath: 'wxfile://tmp/file' });
    (Taro.request as jest.Mock).mockResolvedValueOnce({ statusCode: 200, data: session });

    await expect(download({ path: '/api/files/9', fileType: 'pdf' })).resolves.toBe(true);

    expect(downloadFile().mock.calls.map(([o]) => o.header.Authorization)).toEqual(['Bearer old-token', 'Bearer fresh-token']);
    expect(Taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/file', fileType: 'pdf', showMenu: true });
  });

  it('reports an unreachable server as a network error', async () => {
    downloadFile().mockRejectedValueOnce(new Error('downloadFile:fail'));

    await expect(download({ path: '/api/files/9' })).resolves.toBe(false);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '网络连接失败，请稍后重试' }));
  });
});

describe('fileNameOf', () => {
  it('reads the name the server gives, encoded or plain, and falls back without one', () => {
    expect(fileNameOf(`inline; filename*=UTF-8''${encodeURIComponent('合作协议.pdf')}`)).toBe('合作协议.pdf');
    expect(fileNameOf('attachment; filename="campaign-1-stats.xlsx"')).toBe('campaign-1-stats.xlsx');
    expect(fileNameOf(null)).toBe('download');
  });
});
