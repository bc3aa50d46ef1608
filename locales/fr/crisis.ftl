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

support-opening = Ce que vous traversez a l’air vraiment difficile, et merci de m’en avoir parlé. Vous n’avez pas à affronter cela sans soutien.

support-body =
    { $line_state ->
        [open] Vous pouvez joindre { $line_name } dès maintenant : { support-reach }.{ support-free }
        [closed] { $line_name } n’est pas disponible pour le moment et sera de nouveau joignable à { $opens_at } : { support-reach }.{ support-free }
        [unknown] Vous pouvez joindre { $line_name } : { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Vous trouverez une ligne d’écoute près de chez vous sur { $directory }.
           *[no] Si vous me dites dans quel pays vous êtes, je peux trouver une ligne d’écoute près de chez vous. Vous pouvez aussi en trouver une sur { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] appelez le { $contact }
        [text] envoyez un SMS au { $contact }
        [chat] échangez par chat sur { $contact }
        [whatsapp] écrivez-leur sur WhatsApp au { $contact }
       *[web] rendez-vous sur { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}C’est gratuit.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Si vous êtes en danger immédiat, contactez dès maintenant les services d’urgence de votre région.
       *[other] Si vous êtes en danger immédiat, appelez le { $emergency } maintenant.
    }

support-closing = En parler à une personne de confiance peut aussi aider. Des émotions aussi lourdes peuvent s’apaiser avec du soutien, et vous pouvez continuer à me parler.

## The question asked when we do not know the person's country.
ask-country = Dans quel pays êtes-vous ? Je pourrai alors vous indiquer une ligne d’écoute près de chez vous.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Appeler le { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS au { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat en ligne{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuit{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Ouvert 24 h/24, 7 j/7
        [open] Ouvert en ce moment, jusqu’à { $closes_at }
        [closed] Fermé en ce moment, ouvre à { $opens_at }
       *[unknown] Horaires non indiqués
    }
