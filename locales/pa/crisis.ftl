### Supportive text shown to a person who may be in crisis.
### Follow ../shared/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
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
## $closes_at / $opens_at ("22:30", or "none").
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
        [open] ਹੁਣ ਉਪਲਬਧ, { $closes_at } ਤੱਕ
        [closed] ਹੁਣ ਬੰਦ, { $opens_at } ਤੋਂ ਉਪਲਬਧ
       *[unknown] ਸਮੇਂ ਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਦਿੱਤੀ ਗਈ
    }
