import { Navigate, useParams } from 'react-router';

/** The server's invite URL (`/invite/CODE`) opens the sign-up with the code filled in. */
export function InviteRedirect() {
  const { code = '' } = useParams();
  return <Navigate to={`/signup?invite=${encodeURIComponent(code.slice(0, 64))}`} replace />;
}
