import './style.css';
import { catalogues, pickLang, t } from './i18n';
import { fetchHealth, formatHealth } from './health';

const lang = pickLang(navigator.language);
const m = catalogues[lang];

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`missing #${id}`);
  return found as T;
}

const status = el<HTMLParagraphElement>('status');
const detail = el<HTMLParagraphElement>('status-detail');
const retry = el<HTMLButtonElement>('retry');

document.documentElement.lang = lang;
el('tagline').textContent = t(m, 'tagline');
el('status-title').textContent = t(m, 'statusTitle');
el('roadmap').textContent = t(m, 'roadmap');
retry.textContent = t(m, 'retry');

async function refresh(): Promise<void> {
  retry.disabled = true;
  status.className = 'status status-pending';
  status.textContent = t(m, 'statusChecking');
  detail.hidden = true;

  const view = formatHealth(await fetchHealth(), m);

  status.className = `status status-${view.state}`;
  status.textContent = view.text;
  detail.textContent = view.detail ?? '';
  detail.hidden = view.detail === undefined;
  retry.disabled = false;
}

retry.addEventListener('click', () => void refresh());
void refresh();
