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

support-opening = Веома ми је жао што пролазите кроз ово и драго ми је што сте то поделили. Не морате са тим да се носите сами.

support-body =
    { $line_state ->
        [open] Одмах можете да се обратите служби { $line_name }: { support-reach }.{ support-free }
        [closed] Служба { $line_name } тренутно не ради и поново је доступна од { $opens_at }: { support-reach }.{ support-free }
        [unknown] Можете да се обратите служби { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] На { $directory } можете да пронађете линију за помоћ у својој близини.
           *[no] Ако ми кажете у којој сте земљи, могу да пронађем линију за помоћ у вашој близини. Можете је пронаћи и на { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] позовите { $contact }
        [text] пошаљите СМС на { $contact }
        [chat] пишите им у чету на { $contact }
        [whatsapp] пишите им преко WhatsApp-а на { $contact }
       *[web] посетите { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Бесплатно је.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ако сте у непосредној опасности, одмах се обратите локалним хитним службама.
       *[other] Ако сте у непосредној опасности, одмах позовите { $emergency }.
    }

support-closing = Може да помогне и разговор са неким коме верујете. Уз подршку и овако тешка осећања могу да попусте, а са мном можете да наставите да разговарате.

## The question asked when we do not know the person's country.
ask-country = У којој сте земљи? Тада могу да вам покажем линију за помоћ у вашој близини.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Позовите { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] СМС { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Онлајн чет{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Бесплатно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Доступно нон-стоп
        [open] Сада ради, до { $closes_at }
        [closed] Сада не ради, почиње у { $opens_at }
       *[unknown] Радно време није наведено
    }
