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

support-opening = Pole sana kwa yote unayopitia, na nafurahi kwamba umeniambia. Huhitaji kukabiliana na hili peke yako.

support-body =
    { $line_state ->
        [open] Unaweza kuwasiliana na { $line_name } sasa hivi: { support-reach }.{ support-free }
        [closed] Huduma ya { $line_name } imefungwa kwa sasa na itafunguliwa tena saa { $opens_at }: { support-reach }.{ support-free }
        [unknown] Unaweza kuwasiliana na { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Unaweza kupata simu ya msaada karibu nawe kupitia { $directory }.
           *[no] Ukiniambia uko nchi gani, naweza kukutafutia simu ya msaada karibu nawe. Unaweza pia kuipata kupitia { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] piga simu { $contact }
        [text] tuma SMS kwa { $contact }
        [chat] piga gumzo nao mtandaoni kupitia { $contact }
        [whatsapp] waandikie kwenye WhatsApp kupitia { $contact }
       *[web] tembelea { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Huduma hii ni bure.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Kama uko katika hatari ya papo hapo, tafadhali wasiliana na huduma za dharura za eneo lako sasa hivi.
       *[other] Kama uko katika hatari ya papo hapo, piga { $emergency } sasa hivi.
    }

support-closing = Kuzungumza na mtu unayemwamini kunaweza kusaidia pia. Hisia nzito kama hizi zinaweza kupungua ukipata msaada, na unaweza kuendelea kuzungumza nami.

## The question asked when we do not know the person's country.
ask-country = Uko nchi gani? Kisha naweza kukuonyesha simu ya msaada karibu nawe.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Piga { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Gumzo mtandaoni{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Bure{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Wazi saa 24 kila siku
        [open] Wazi sasa, hadi { $closes_at }
        [closed] Imefungwa sasa, inafunguliwa { $opens_at }
       *[unknown] Saa za huduma hazijatajwa
    }
