### Supportive text shown to a person who may be in crisis.
### Follow ../shared/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.

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

support-opening = I'm really sorry you're going through this, and I'm glad you said something. You don't have to face it alone.

support-body =
    { $line_state ->
        [open] You can reach { $line_name } right now: { support-reach }.{ support-free }
        [closed] { $line_name } is closed at the moment and opens again at { $opens_at }: { support-reach }.{ support-free }
        [unknown] You can reach { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] You can find a helpline near you at { $directory }.
           *[no] If you tell me which country you're in, I can find a helpline near you. You can also find one at { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] call { $contact }
        [text] send a text to { $contact }
        [chat] chat with them at { $contact }
        [whatsapp] write to them on WhatsApp at { $contact }
       *[web] go to { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}It's free.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] If you are in immediate danger, please contact your local emergency services now.
       *[other] If you are in immediate danger, call { $emergency } now.
    }

support-closing = Reaching out to someone you trust can help too. Feelings this heavy can ease with support, and you can keep talking to me.

## The question asked when we do not know the person's country.
ask-country = Which country are you in? Then I can show you a helpline near you.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Call { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Text { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Free{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Open 24/7
        [open] Open now, until { $closes_at }
        [closed] Closed now, opens at { $opens_at }
       *[unknown] Hours not listed
    }
