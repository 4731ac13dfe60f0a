import { Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { ProLayout } from '@ant-design/pro-components';
import { Button, Result, Space, Spin, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { areas } from './areas';
import { session } from './lib/session';
import { fetchMe, isOfficial, type Me } from './features/session/api';
import LoginPage from './pages/login/LoginPage';

const loading = <Spin size="large" style={{ display: 'block', margin: '120px auto' }} />;

/** The signed-in console: the official's name and scope in the header, the areas in the menu. */
function Shell() {
  const location = useLocation();
  const navigate = useNavigate();
  const [me, setMe] = useState<Me | null>();
  useEffect(() => {
    fetchMe().then(setMe, () => setMe(null));
  }, []);
  if (me === undefined) return loading;
  if (me === null) return <Navigate to="/login" replace />;
  const logout = () => {
    session.clear();
    navigate('/login');
  };
  if (!isOfficial(me))
    return <Result status="403" title="没有管理权限" subTitle={`${me.nickname} 不是组织管理员，桌面工作台只对管理员开放。`} extra={<Button onClick={logout}>换个账号</Button>} />;
  const scope = me.roles.includes('district_admin') ? '区级管理员' : me.adminScopes.map((s) => s.name).join('、');
  return (
    <ProLayout
      title="阳光党建工作台"
      logo={false}
      layout="mix"
      fixSiderbar
      location={{ pathname: location.pathname }}
      route={{ path: '/', routes: areas.map((a) => ({ path: a.path, name: a.name, icon: a.icon })) }}
      menuItemRender={(item, dom) => <a onClick={() => navigate(item.path ?? '/')}>{dom}</a>}
      actionsRender={() => [
        <Space key="me">
          <Typography.Text style={{ color: 'inherit' }}>
            {me.nickname} · {scope}
          </Typography.Text>
          <Button type="text" icon={<LogoutOutlined />} onClick={logout} style={{ color: 'inherit' }}>
            退出
          </Button>
        </Space>,
      ]}
    >
      <Suspense fallback={loading}>
        <Routes>
          {areas.map((a) => (
            <Route key={a.path} path={`${a.path}/*`} element={<a.page />} />
          ))}
          <Route path="*" element={<Navigate to={areas[0].path} replace />} />
        </Routes>
      </Suspense>
    </ProLayout>
  );
}

/** Read at render time (not when App first rendered): the login page sets the token, then navigates here. */
const SignedIn = () => (session.token() ? <Shell /> : <Navigate to="/login" replace />);

export function App() {
  return (
    <BrowserRouter basename="/admin">
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/*" element={<SignedIn />} />
      </Routes>
    </BrowserRouter>
  );
}
