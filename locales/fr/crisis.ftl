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
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
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
        [open] Ouvert en ce moment, jusqu’à { $closes_at }{ summary-schedule }
        [closed] Fermé en ce moment, ouvre à { $opens_at }{ summary-schedule }
       *[unknown] Horaires non indiqués
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(tous les jours, de { $from } à { $to })
        [days] {" "}(du { summary-first-day } au { summary-last-day }, de { $from } à { $to })
        [day] {" "}(le { summary-first-day }, de { $from } à { $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] lun.
        [tue] mar.
        [wed] mer.
        [thu] jeu.
        [fri] ven.
        [sat] sam.
       *[sun] dim.
    }
summary-last-day =
    { $last ->
        [mon] lun.
        [tue] mar.
        [wed] mer.
        [thu] jeu.
        [fri] ven.
        [sat] sam.
       *[sun] dim.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Aperçu de crisis-lookup
preview-heading = aperçu
preview-skip = Aller au contenu
preview-intro = Pour les mainteneurs et les intégrateurs : ce qu’afficherait un chatbot, construit uniquement avec l’API publique. Ne collez pas ici de vraies conversations.
preview-views = Vues
preview-tab-lookup = Recherche
preview-tab-coverage = Couverture
preview-tab-locales = Langues
preview-loading = Chargement…
preview-message = Message
preview-message-hint = Sert uniquement à détecter la langue.
preview-locale = Paramètres régionaux
preview-locale-none = — aucun —
preview-country = Pays
preview-country-unknown = — inconnu —
preview-topics = Thèmes
preview-topics-hint = Séparés par des virgules, par exemple : { $examples }
preview-channels = Canaux
preview-channel-phone = Téléphone
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Rechercher
preview-error-vocabularies = Impossible de charger les pays ou les langues ({ $error }).
preview-error-lookup = La recherche n’a pas abouti ({ $error }).
preview-chat-shows = Ce qu’affiche le chat
preview-raw-json = JSON brut
preview-meta-language = Langue : { $code } (d’après { $source })
preview-meta-country = Pays : { $code } (d’après { $source })
preview-meta-country-unknown = Pays : inconnu
preview-meta-locale = Paramètres régionaux : { $code }
preview-meta-lines = Lignes d’écoute : { $count }
preview-international = Annuaires internationaux
preview-emergency = Urgences :
preview-police = police
preview-ambulance = ambulance
preview-fire = pompiers
preview-open-now = Ouvert en ce moment
preview-closed-now = Fermé en ce moment
preview-hours-unknown = Horaires inconnus
preview-action-call = Appeler le { $number }
preview-action-text = SMS au { $number }
preview-action-chat = Chat
preview-action-website = Site web
preview-fact-languages = Langues : { $list }
preview-fact-languages-none = Langues : non indiquées
preview-fact-hours = Horaires : { $times }
preview-fact-verified = Vérifié le : { $date }
preview-fact-evidence = Sources : { $evidence }
preview-fact-country = Pays : { $code }
preview-coverage-summary = Pays et territoires : { $total } · avec lignes d’écoute : { $covered } · numéro d’urgence seulement : { $uncovered }.
preview-coverage-pending = Lecture des dates de vérification… encore à lire : { $count }.
preview-coverage-oldest = Vérification la plus ancienne d’une ligne d’écoute : { $date }.
preview-coverage-legend = Les lignes surlignées n’ont qu’un numéro d’urgence, sans ligne d’écoute sélectionnée.
preview-coverage-caption = Pays et territoires (triez avec les boutons des colonnes)
preview-column-code = Code
preview-column-lines = Lignes d’écoute
preview-column-languages = Langues
preview-column-emergency = Urgences
preview-column-verified = Vérification la plus ancienne
preview-emergency-only = urgences seulement
preview-error-countries = Impossible de charger les pays ({ $error }).
preview-locales-summary = Langues : { $total } · relues par une personne de langue maternelle : { $reviewed }.
preview-locales-caption = Langues fournies et état de leur relecture
preview-column-native-name = Nom dans la langue
preview-column-direction = Sens d’écriture
preview-column-review = Relecture
preview-reviewed = Relue
preview-not-reviewed = Non relue
preview-error-locales = Impossible de charger les langues ({ $error }).
