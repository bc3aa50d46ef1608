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

support-opening = Sinto muito que você esteja passando por isso, e fico feliz que tenha falado. Você não precisa enfrentar isso sem apoio.

support-body =
    { $line_state ->
        [open] Você pode falar com { $line_name } agora mesmo: { support-reach }.{ support-free }
        [closed] { $line_name } está fora do horário de atendimento agora e volta a atender às { $opens_at }: { support-reach }.{ support-free }
        [unknown] Você pode entrar em contato com { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Você pode encontrar uma linha de apoio perto de você em { $directory }.
           *[no] Se você me disser em que país está, posso encontrar uma linha de apoio perto de você. Você também pode encontrar uma em { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ligue para { $contact }
        [text] envie um SMS para { $contact }
        [chat] converse pelo chat em { $contact }
        [whatsapp] mande uma mensagem no WhatsApp para { $contact }
       *[web] acesse { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}É gratuito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Se você estiver em perigo imediato, procure agora os serviços de emergência da sua região.
       *[other] Se você estiver em perigo imediato, ligue agora para { $emergency }.
    }

support-closing = Conversar com alguém de confiança também pode ajudar. Sentimentos tão pesados podem ficar mais leves com apoio, e você pode continuar conversando comigo.

## The question asked when we do not know the person's country.
ask-country = Em que país você está? Assim posso mostrar uma linha de apoio perto de você.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Ligue { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuito{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Atende 24 horas
        [open] Aberto agora, até { $closes_at }
        [closed] Fechado agora, abre às { $opens_at }
       *[unknown] Horário não informado
    }
