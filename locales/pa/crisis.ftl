### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = ਮੈਨੂੰ ਸੱਚਮੁੱਚ ਦੁੱਖ ਹੈ ਕਿ ਤੁਹਾਡੇ ਉੱਤੇ ਇੰਨਾ ਕੁਝ ਬੀਤ ਰਿਹਾ ਹੈ, ਅਤੇ ਚੰਗਾ ਲੱਗਾ ਕਿ ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਦੱਸਿਆ। ਤੁਹਾਨੂੰ ਇਸ ਦਾ ਸਾਹਮਣਾ ਇਕੱਲਿਆਂ ਨਹੀਂ ਕਰਨਾ ਪਵੇਗਾ।

support-body =
    { $line_state ->
        [open] ਹੁਣੇ { $line_name } ਤੋਂ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ: { support-reach }।{ support-free }
        [closed] { $line_name } ਉੱਤੇ ਇਸ ਵੇਲੇ ਸੇਵਾ ਬੰਦ ਹੈ, ਜੋ { $opens_at } ਵਜੇ ਮੁੜ ਸ਼ੁਰੂ ਹੋਵੇਗੀ: { support-reach }।{ support-free }
        [unknown] { $line_name } ਤੋਂ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ: { support-reach }।{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } ਉੱਤੇ ਆਪਣੇ ਨੇੜੇ ਦੀ ਹੈਲਪਲਾਈਨ ਲੱਭੀ ਜਾ ਸਕਦੀ ਹੈ।
           *[no] ਜੇ ਤੁਸੀਂ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕਿਸ ਦੇਸ਼ ਵਿੱਚ ਹੋ, ਤਾਂ ਤੁਹਾਡੇ ਨੇੜੇ ਦੀ ਹੈਲਪਲਾਈਨ ਦੱਸੀ ਜਾ ਸਕਦੀ ਹੈ। { $directory } ਉੱਤੇ ਵੀ ਹੈਲਪਲਾਈਨ ਲੱਭੀ ਜਾ ਸਕਦੀ ਹੈ।
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } ਉੱਤੇ ਕਾਲ ਕਰੋ
        [text] { $contact } ਉੱਤੇ SMS ਭੇਜੋ
        [chat] { $contact } ਉੱਤੇ ਚੈਟ ਕਰੋ
        [whatsapp] { $contact } ਉੱਤੇ WhatsApp ਸੁਨੇਹਾ ਭੇਜੋ
       *[web] { $contact } ਉੱਤੇ ਜਾਓ
    }

support-free =
    { $free ->
        [yes] {" "}ਇਹ ਸੇਵਾ ਮੁਫ਼ਤ ਹੈ।
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] ਜੇ ਤੁਸੀਂ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਹੁਣੇ ਆਪਣੀਆਂ ਸਥਾਨਕ ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
       *[other] ਜੇ ਤੁਸੀਂ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਹੁਣੇ { $emergency } ਉੱਤੇ ਕਾਲ ਕਰੋ।
    }

support-closing = ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰਨਾ ਵੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਸਹਾਰਾ ਮਿਲਣ ਨਾਲ ਇੰਨੀਆਂ ਭਾਰੀਆਂ ਭਾਵਨਾਵਾਂ ਵੀ ਹਲਕੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ। ਤੁਸੀਂ ਮੇਰੇ ਨਾਲ ਗੱਲ ਜਾਰੀ ਰੱਖੋ, ਮੈਂ ਇੱਥੇ ਹੀ ਹਾਂ।

## The question asked when we do not know the person's country.
ask-country = ਤੁਸੀਂ ਕਿਸ ਦੇਸ਼ ਵਿੱਚ ਹੋ? ਦੱਸਣ 'ਤੇ ਤੁਹਾਡੇ ਨੇੜੇ ਦੀ ਹੈਲਪਲਾਈਨ ਦੱਸੀ ਜਾ ਸਕਦੀ ਹੈ।

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] ਕਾਲ: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ਆਨਲਾਈਨ ਚੈਟ{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] ਮੁਫ਼ਤ{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24 ਘੰਟੇ ਉਪਲਬਧ
        [open] ਹੁਣ ਉਪਲਬਧ, { $closes_at } ਤੱਕ{ summary-schedule }
        [closed] ਹੁਣ ਬੰਦ, { $opens_at } ਤੋਂ ਉਪਲਬਧ{ summary-schedule }
       *[unknown] ਸਮੇਂ ਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਦਿੱਤੀ ਗਈ
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ਹਰ ਰੋਜ਼ { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}(ਹਰ { summary-first-day }ਵਾਰ { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ਸੋਮ
        [tue] ਮੰਗਲ
        [wed] ਬੁੱਧ
        [thu] ਵੀਰ
        [fri] ਸ਼ੁੱਕਰ
        [sat] ਸ਼ਨਿੱਚਰ
       *[sun] ਐਤ
    }
summary-last-day =
    { $last ->
        [mon] ਸੋਮ
        [tue] ਮੰਗਲ
        [wed] ਬੁੱਧ
        [thu] ਵੀਰ
        [fri] ਸ਼ੁੱਕਰ
        [sat] ਸ਼ਨਿੱਚਰ
       *[sun] ਐਤ
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup ਪ੍ਰੀਵਿਊ
preview-heading = ਪ੍ਰੀਵਿਊ
preview-skip = ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ
preview-intro = ਮੇਂਟੇਨਰਾਂ ਅਤੇ ਇੰਟੀਗ੍ਰੇਟਰਾਂ ਲਈ: ਕੋਈ ਚੈਟਬੋਟ ਕੀ ਦਿਖਾਵੇਗਾ, ਸਿਰਫ਼ ਜਨਤਕ API ਤੋਂ ਬਣਿਆ। ਇੱਥੇ ਅਸਲ ਗੱਲਬਾਤ ਪੇਸਟ ਨਾ ਕਰੋ।
preview-views = ਵਿਊ
preview-tab-lookup = ਖੋਜ
preview-tab-coverage = ਕਵਰੇਜ
preview-tab-locales = ਲੋਕੇਲ
preview-loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
preview-message = ਸੁਨੇਹਾ
preview-message-hint = ਸਿਰਫ਼ ਭਾਸ਼ਾ ਪਛਾਣਨ ਲਈ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ।
preview-locale = ਲੋਕੇਲ
preview-locale-none = — ਕੋਈ ਨਹੀਂ —
preview-country = ਦੇਸ਼
preview-country-unknown = — ਅਣਜਾਣ —
preview-topics = ਵਿਸ਼ੇ
preview-topics-hint = ਕੌਮੇ ਨਾਲ ਵੱਖ ਕਰੋ, ਜਿਵੇਂ: { $examples }
preview-channels = ਸਾਧਨ
preview-channel-phone = ਫ਼ੋਨ
preview-channel-sms = SMS
preview-channel-chat = ਚੈਟ
preview-submit = ਖੋਜੋ
preview-error-vocabularies = ਦੇਸ਼ ਜਾਂ ਲੋਕੇਲ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ ({ $error })।
preview-error-lookup = ਖੋਜ ਨਹੀਂ ਹੋ ਸਕੀ ({ $error })।
preview-chat-shows = ਚੈਟ ਵਿੱਚ ਕੀ ਦਿਖੇਗਾ
preview-raw-json = ਮੂਲ JSON
preview-meta-language = ਭਾਸ਼ਾ: { $code } ({ $source } ਦੇ ਆਧਾਰ ’ਤੇ)
preview-meta-country = ਦੇਸ਼: { $code } ({ $source } ਦੇ ਆਧਾਰ ’ਤੇ)
preview-meta-country-unknown = ਦੇਸ਼: ਅਣਜਾਣ
preview-meta-locale = ਲੋਕੇਲ: { $code }
preview-meta-lines = ਹੈਲਪਲਾਈਨਾਂ: { $count }
preview-international = ਅੰਤਰਰਾਸ਼ਟਰੀ ਸੂਚੀਆਂ
preview-emergency = ਐਮਰਜੈਂਸੀ:
preview-police = ਪੁਲਿਸ
preview-ambulance = ਐਂਬੂਲੈਂਸ
preview-fire = ਫਾਇਰ ਬ੍ਰਿਗੇਡ
preview-open-now = ਹੁਣ ਉਪਲਬਧ
preview-closed-now = ਹੁਣ ਬੰਦ
preview-hours-unknown = ਸਮੇਂ ਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ
preview-action-call = ਕਾਲ: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = ਚੈਟ
preview-action-website = ਵੈੱਬਸਾਈਟ
preview-fact-languages = ਭਾਸ਼ਾਵਾਂ: { $list }
preview-fact-languages-none = ਭਾਸ਼ਾਵਾਂ: ਨਹੀਂ ਦੱਸੀਆਂ
preview-fact-hours = ਸਮਾਂ: { $times }
preview-fact-verified = ਜਾਂਚਿਆ: { $date }
preview-fact-evidence = ਸਬੂਤ: { $evidence }
preview-fact-country = ਦੇਸ਼: { $code }
preview-coverage-summary = ਦੇਸ਼ ਅਤੇ ਖੇਤਰ: { $total } · ਹੈਲਪਲਾਈਨਾਂ ਵਾਲੇ: { $covered } · ਸਿਰਫ਼ ਐਮਰਜੈਂਸੀ ਨੰਬਰ: { $uncovered }।
preview-coverage-pending = ਜਾਂਚ ਦੀਆਂ ਤਾਰੀਖਾਂ ਪੜ੍ਹੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ… ਬਾਕੀ: { $count }।
preview-coverage-oldest = ਕਿਸੇ ਹੈਲਪਲਾਈਨ ਦੀ ਸਭ ਤੋਂ ਪੁਰਾਣੀ ਜਾਂਚ: { $date }।
preview-coverage-legend = ਉਭਾਰੀਆਂ ਕਤਾਰਾਂ ਵਿੱਚ ਸਿਰਫ਼ ਐਮਰਜੈਂਸੀ ਨੰਬਰ ਹੈ, ਕੋਈ ਚੁਣੀ ਹੋਈ ਹੈਲਪਲਾਈਨ ਨਹੀਂ।
preview-coverage-caption = ਦੇਸ਼ ਅਤੇ ਖੇਤਰ (ਕਾਲਮਾਂ ਦੇ ਬਟਨਾਂ ਨਾਲ ਕ੍ਰਮ ਬਦਲੋ)
preview-column-code = ਕੋਡ
preview-column-lines = ਹੈਲਪਲਾਈਨਾਂ
preview-column-languages = ਭਾਸ਼ਾਵਾਂ
preview-column-emergency = ਐਮਰਜੈਂਸੀ
preview-column-verified = ਸਭ ਤੋਂ ਪੁਰਾਣੀ ਜਾਂਚ
preview-emergency-only = ਸਿਰਫ਼ ਐਮਰਜੈਂਸੀ
preview-error-countries = ਦੇਸ਼ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ ({ $error })।
preview-locales-summary = ਲੋਕੇਲ: { $total } · ਮਾਂ-ਬੋਲੀ ਵਾਲੇ ਵੱਲੋਂ ਜਾਂਚੇ: { $reviewed }।
preview-locales-caption = ਸ਼ਾਮਲ ਲੋਕੇਲ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਸਮੀਖਿਆ ਦੀ ਸਥਿਤੀ
preview-column-native-name = ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਨਾਮ
preview-column-direction = ਦਿਸ਼ਾ
preview-column-review = ਸਮੀਖਿਆ
preview-reviewed = ਸਮੀਖਿਆ ਹੋ ਚੁੱਕੀ
preview-not-reviewed = ਸਮੀਖਿਆ ਨਹੀਂ ਹੋਈ
preview-error-locales = ਲੋਕੇਲ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ ({ $error })।
