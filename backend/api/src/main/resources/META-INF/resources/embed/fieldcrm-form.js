/*! FieldCRM web form snippet. No dependencies; served by the FieldCRM API at /embed/fieldcrm-form.js.
 * <script src="https://API/embed/fieldcrm-form.js" data-form-key="KEY" data-target="#where"></script>
 *   renders the form configured in FieldCRM into #where;
 * <script src="https://API/embed/fieldcrm-form.js" data-form-key="KEY" data-enhance="#my-form"></script>
 *   takes over the submit of an existing <form> and sends its named inputs (consent.NAME checkboxes as consents).
 * Contract: GET /api/v1/forms/KEY (config + time-trap token), POST /api/v1/forms/KEY/submissions (JSON).
 * A form with a CAPTCHA: the config names the provider, site key and script; the widget's token is sent as captcha. */
(function () {
  'use strict';
  var TEXT = {
    load: 'This form cannot be loaded right now.',
    network: 'The form could not be sent. Please try again later.',
    invalid: 'Please correct the marked fields.',
    busy: 'Too many submissions right now. Please try again in a moment.',
    gone: 'This form is no longer available.',
    large: 'The message is too long.',
    refused: 'This form cannot be sent from this website.',
    sending: 'Sending…',
    captcha: 'Please confirm that you are not a robot.'
  };
  var UTM = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];
  var SKIP = /^(submit|button|reset|file)$/;
  var seq = 0;

  function scriptTags() {
    if (document.currentScript) return [document.currentScript];
    return [].filter.call(document.querySelectorAll('script[data-form-key]'), function (s) { return !s.fieldcrm; });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (attrs[k] != null && attrs[k] !== false) e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    if (text) e.textContent = text;
    return e;
  }

  function uuid() {
    var c = window.crypto;
    if (c && c.randomUUID) return c.randomUUID(); // secure contexts only (https, localhost)
    var b = new Uint8Array(16), hex = '';
    if (c && c.getRandomValues) c.getRandomValues(b);
    else for (var i = 0; i < 16; i++) b[i] = Math.random() * 256;
    for (var j = 0; j < 16; j++) hex += (b[j] + 256).toString(16).slice(1);
    return hex;
  }

  function tracking() {
    var t = {}, q = new URLSearchParams(location.search);
    UTM.forEach(function (n) { if (q.get(n)) t[n] = q.get(n); });
    if (document.referrer) t.referrer = document.referrer;
    t.page = location.href.split('#')[0];
    return t;
  }

  function retryText(res) {
    var s = parseInt(res.headers.get('Retry-After'), 10);
    return s > 0 ? 'Too many submissions right now. Please try again in ' + s + ' seconds.' : TEXT.busy;
  }

  /** One form on the page: its config, the current fill's submission id and the sending state. */
  function Widget(script, form, config, base) {
    var w = this;
    w.form = form;
    w.config = config;
    w.url = base + '/api/v1/forms/' + encodeURIComponent(config.formKey) + '/submissions';
    w.submissionId = uuid();
    w.button = form.querySelector('[type=submit]') || form.querySelector('button');
    w.status = form.querySelector('.fieldcrm-status') ||
        form.appendChild(el('p', { 'class': 'fieldcrm-status', role: 'status', 'aria-live': 'polite' }));
    form.noValidate = true; // our messages, bound to the fields, instead of the browser's bubbles
    if (config.honeypot && !form.elements[config.honeypot]) form.appendChild(honeypot(config.honeypot));
    if (config.captcha) w.captchaWidget(config.captcha);
    form.addEventListener('submit', function (e) { e.preventDefault(); w.send(); });
    script.dispatchEvent(new CustomEvent('fieldcrm:ready', { bubbles: true }));
  }

  function honeypot(name) {
    // Visually hidden and out of the tab order: people never fill it, form-filling bots do.
    var box = el('div', { 'aria-hidden': 'true', style: 'position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden' });
    var label = el('label', {}, 'Leave this empty');
    label.appendChild(el('input', { type: 'text', name: name, tabindex: '-1', autocomplete: 'off' }));
    box.appendChild(label);
    return box;
  }

  /** Loads the provider's script (Turnstile or reCAPTCHA, explicit rendering) and draws its widget before the button. */
  Widget.prototype.captchaWidget = function (c) {
    var w = this, box = el('div', { 'class': 'fieldcrm-captcha' }), done = 'fieldcrmCaptcha' + (++seq);
    w.captchaApi = c.provider === 'RECAPTCHA' ? 'grecaptcha' : 'turnstile';
    if (w.button) w.button.parentNode.insertBefore(box, w.button); else w.form.appendChild(box);
    window[done] = function () {
      w.captchaId = window[w.captchaApi].render(box, {
        sitekey: c.siteKey,
        callback: function (t) { w.captchaToken = t; },
        'expired-callback': function () { w.captchaToken = null; }
      });
    };
    document.head.appendChild(el('script', { src: c.scriptUrl + (/\?/.test(c.scriptUrl) ? '&' : '?') +
        'render=explicit&onload=' + done, async: true }));
  };

  /** A widget's token is single-use: after the server has used it, the person is asked again for the next fill. */
  Widget.prototype.captchaUsed = function () {
    var api = window[this.captchaApi];
    this.captchaToken = null;
    if (api && this.captchaId != null) api.reset(this.captchaId);
  };

  Widget.prototype.payload = function () {
    var fields = {}, consents = {}, els = this.form.elements;
    for (var i = 0; i < els.length; i++) {
      var e = els[i], n = e.name;
      if (!n || e.disabled || SKIP.test(e.type) || n === 'submissionId' || n === 'token') continue;
      if (n.indexOf('consent.') === 0) consents[n.slice(8)] = e.checked;
      else if (e.type === 'radio') { if (e.checked) fields[n] = e.value; }
      else if (e.type === 'checkbox') fields[n] = e.checked ? e.value : '';
      else fields[n] = e.value;
    }
    return { submissionId: this.submissionId, token: this.config.token, fields: fields, consents: consents,
      tracking: tracking(), captcha: this.captchaToken };
  };

  Widget.prototype.send = function () {
    var w = this;
    if (w.sending) return; // a second click or Enter while the first request runs
    w.clearErrors();
    var invalid = [].filter.call(w.form.elements, function (e) { return e.willValidate && !e.checkValidity(); });
    if (invalid.length) {
      invalid.forEach(function (e) { w.fieldError(e, e.validationMessage); });
      return w.say(TEXT.invalid, invalid[0]);
    }
    if (w.config.captcha && !w.captchaToken) return w.say(TEXT.captcha);
    w.busy(true);
    fetch(w.url, {
      method: 'POST', mode: 'cors', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(w.payload())
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) { w.answer(res, body); });
    }, function () {
      w.say(TEXT.network); // offline, or refused by CORS (a site not allowed for this form)
    }).then(function () { w.busy(false); });
  };

  Widget.prototype.answer = function (res, body) {
    var w = this;
    if (res.ok) {
      if (w.config.captcha) w.captchaUsed();
      if (body.redirectUrl) return location.assign(body.redirectUrl);
      w.submissionId = uuid(); // a new fill from here on
      w.form.reset();
      w.form.classList.add('fieldcrm-sent');
      return w.say(body.message || w.config.thankYouMessage || 'Thank you!', w.status);
    }
    if (res.status === 429) return w.say(retryText(res));
    if (res.status === 404 || res.status === 410) return w.say(TEXT.gone);
    if (res.status === 413) return w.say(TEXT.large);
    if (res.status === 403) return w.say(TEXT.refused);
    var first = null, general = [];
    (body.errors || []).forEach(function (err) {
      var input = err.field && w.input(err.field);
      if (input) { w.fieldError(input, err.message); first = first || input; }
      else general.push(err.message);
    });
    w.say(general.length ? general.join(' ') : first ? TEXT.invalid : body.detail || body.title || TEXT.network, first);
  };

  /** A field named in an error: "fields.email", "email" or "consents.terms" (checkbox consent.terms). */
  Widget.prototype.input = function (field) {
    var n = String(field).replace(/^fields\./, '').replace(/^consents\./, 'consent.');
    var els = this.form.elements;
    return els[n] && !els[n].length ? els[n] : els[n] && els[n][0] || els['consent.' + n] || null;
  };

  Widget.prototype.fieldError = function (input, message) {
    var id = input.id || (input.id = 'fieldcrm-' + (++seq));
    var msg = document.getElementById(id + '-error');
    if (!msg) {
      msg = el('span', { id: id + '-error', 'class': 'fieldcrm-error' });
      input.insertAdjacentElement('afterend', msg);
    }
    msg.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    var by = (input.getAttribute('aria-describedby') || '').split(' ');
    if (by.indexOf(msg.id) < 0) input.setAttribute('aria-describedby', by.concat(msg.id).join(' ').trim());
  };

  Widget.prototype.clearErrors = function () {
    [].forEach.call(this.form.querySelectorAll('.fieldcrm-error'), function (m) { m.textContent = ''; });
    [].forEach.call(this.form.querySelectorAll('[aria-invalid]'), function (i) { i.removeAttribute('aria-invalid'); });
    this.form.classList.remove('fieldcrm-sent');
  };

  Widget.prototype.say = function (text, focus) {
    this.status.textContent = text;
    if (focus === this.status) this.status.setAttribute('tabindex', '-1');
    if (focus) focus.focus();
  };

  Widget.prototype.busy = function (on) {
    this.sending = on;
    if (this.button) this.button.disabled = on;
    this.form.setAttribute('aria-busy', on ? 'true' : 'false');
    if (on) this.status.textContent = TEXT.sending;
  };

  /** Render mode: the form as configured in FieldCRM, labels bound to inputs, required fields marked. */
  function render(config, target) {
    var form = el('form', { 'class': 'fieldcrm-form', novalidate: true, 'aria-label': config.name });
    config.fields.forEach(function (f) {
      var id = 'fieldcrm-' + (++seq), type = f.type || 'text';
      if (type === 'hidden') return form.appendChild(el('input', { type: 'hidden', name: f.name, id: id }));
      var row = el('div', { 'class': 'fieldcrm-field' });
      var label = row.appendChild(el('label', { 'for': id }, f.label));
      if (f.required) label.appendChild(el('span', { 'class': 'fieldcrm-required', 'aria-hidden': 'true' }, ' *'));
      row.appendChild(el(type === 'textarea' ? 'textarea' : 'input', {
        id: id, name: f.name, type: type === 'textarea' ? null : type, required: f.required, maxlength: f.maxLength,
        autocomplete: { email: 'email', tel: 'tel', name: 'name', company: 'organization' }[type === 'text' ? f.name : type]
      }));
      form.appendChild(row);
    });
    (config.consents || []).forEach(function (c) {
      var id = 'fieldcrm-' + (++seq), row = el('div', { 'class': 'fieldcrm-consent' });
      row.appendChild(el('input', { type: 'checkbox', id: id, name: 'consent.' + c.name, required: c.required }));
      var label = row.appendChild(el('label', { 'for': id }, c.label));
      if (c.required) label.appendChild(el('span', { 'class': 'fieldcrm-required', 'aria-hidden': 'true' }, ' *'));
      form.appendChild(row);
    });
    form.appendChild(el('button', { type: 'submit' }, config.submitLabel || 'Send'));
    target.appendChild(form);
    return form;
  }

  function start(script) {
    script.fieldcrm = true;
    var key = script.getAttribute('data-form-key');
    var base = script.getAttribute('data-api') || script.src.split(/[?#]/)[0].replace(/\/embed\/[^/]*$/, '');
    var enhance = script.getAttribute('data-enhance');
    var target = document.querySelector(enhance || script.getAttribute('data-target') || 'x-none');
    if (!key || !target) return;
    fetch(base + '/api/v1/forms/' + encodeURIComponent(key), { mode: 'cors', credentials: 'omit' })
      .then(function (res) { if (!res.ok) throw res; return res.json(); })
      .then(function (config) {
        new Widget(script, enhance ? target : render(config, target), config, base);
      }, function () {
        target.appendChild(el('p', { 'class': 'fieldcrm-status', role: 'alert' }, TEXT.load));
      });
  }

  function boot() { scriptTags().forEach(start); }
  var tags = scriptTags();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { tags.forEach(start); });
  } else {
    tags.forEach(start);
  }
  window.FieldCRMForms = { boot: boot };
})();
