import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Divider, Flex, QRCode, Space, Typography } from 'antd';
import { ApiError } from '../../lib/api';
import { session } from '../../lib/session';
import { devLogin, devLogins, newTicket, pollTicket, type Ticket, type TicketState } from '../../features/session/api';

const POLL_MS = 1500;

/** Login by scanning: a short-lived ticket's QR code, polled until the admin confirms on the phone. */
export default function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [ticket, setTicket] = useState<Ticket>();
  const [state, setState] = useState<TicketState>({ status: 'pending' });
  const [failed, setFailed] = useState<string>();
  const [demo, setDemo] = useState<{ code: string; label: string }[]>([]);
  const done = useRef(false);

  const enter = useCallback(
    (token: string) => {
      done.current = true;
      session.set(token);
      navigate(params.get('next')?.replace(/^\/admin/, '') || '/', { replace: true });
    },
    [navigate, params],
  );

  const refresh = useCallback(() => {
    setFailed(undefined);
    setState({ status: 'pending' });
    newTicket().then(setTicket, (e: ApiError) => setFailed(e.message));
  }, []);

  useEffect(() => {
    refresh();
    devLogins().then((r) => setDemo(r.items), () => setDemo([]));
  }, [refresh]);

  useEffect(() => {
    if (!ticket) return;
    const timer = setInterval(async () => {
      if (done.current) return;
      try {
        const s = await pollTicket(ticket);
        setState(s);
        if (s.token) enter(s.token);
        if (s.status !== 'pending' && s.status !== 'scanned' && s.status !== 'confirmed') clearInterval(timer);
      } catch {
        // A missed poll is retried on the next tick.
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [ticket, enter]);

  const over = state.status === 'expired' || state.status === 'used' || state.status === 'cancelled';
  const hint = {
    pending: '请使用阳光党建小程序「管理后台 → 扫码登录工作台」扫描二维码',
    scanned: `${state.scannedBy?.nickname ?? ''}（${state.scannedBy?.roleLabel ?? ''}）已扫码，请在手机上确认登录`,
    confirmed: '已确认，正在登录…',
    expired: '二维码已过期',
    used: '二维码已使用',
    cancelled: '已在手机上取消登录',
  }[state.status];

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: 'linear-gradient(135deg, #fff1f0 0%, #f5f5f5 60%)' }}>
      <Card style={{ width: 420, textAlign: 'center' }}>
        <Typography.Title level={3}>阳光党建工作台</Typography.Title>
        <Typography.Paragraph type="secondary">扫码登录</Typography.Paragraph>
        <Flex justify="center">
          <QRCode
            value={ticket?.qrPayload ?? '-'}
            size={220}
            status={failed ? 'expired' : !ticket ? 'loading' : over ? 'expired' : state.status === 'scanned' || state.status === 'confirmed' ? 'scanned' : 'active'}
            onRefresh={refresh}
          />
        </Flex>
        <Typography.Paragraph style={{ marginTop: 16 }} data-testid="login-hint">
          {failed ?? hint}
        </Typography.Paragraph>
        {over && (
          <Button type="primary" onClick={refresh}>
            刷新二维码
          </Button>
        )}
        {demo.length > 0 && (
          <>
            <Divider plain>开发模式 · 演示账号</Divider>
            <Space wrap style={{ justifyContent: 'center' }}>
              {demo.map((d) => (
                <Button key={d.code} size="small" onClick={() => devLogin(d.code).then((r) => enter(r.token))}>
                  {d.label}
                </Button>
              ))}
            </Space>
          </>
        )}
      </Card>
    </Flex>
  );
}
