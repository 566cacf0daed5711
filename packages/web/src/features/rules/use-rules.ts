import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Rule } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';

/**
 * The instance's rules (`GET /api/v1/instance/rules`) and whether automated accounts must say
 * so, read once per screen: an admin who just changed either sees it on the next screen.
 */
export function useRules(): {
  rules: Rule[] | null;
  botsMustDeclare: boolean;
  error: ApiError | null;
  reload: () => void;
} {
  const api = useApi();
  const [rules, setRules] = useState<Rule[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [botsMustDeclare, setBotsMustDeclare] = useState(false);
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation reloads on purpose
  useEffect(() => {
    let active = true;
    void api.instance().then((result) => {
      if (active && result.ok)
        setBotsMustDeclare(result.value.empathie?.bots_must_declare === true);
    });
    void api.rules().then((result) => {
      if (!active) return;
      if (result.ok) {
        setRules(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      active = false;
    };
  }, [api, generation]);
  return { rules, botsMustDeclare, error, reload: () => setGeneration((n) => n + 1) };
}
