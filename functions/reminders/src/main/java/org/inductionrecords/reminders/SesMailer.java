package org.inductionrecords.reminders;

import org.inductionrecords.core.reminder.Digest;
import org.inductionrecords.core.reminder.ReminderPorts;
import org.inductionrecords.store.ClientSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * Sends each digest through Amazon SES v2 from {@code MAIL_FROM} (the template's MailFrom identity). The endpoint is
 * the SDK's standard setting: SES in AWS, the local mailbox on the local stack (aws.endpointUrlSesV2).
 */
final class SesMailer implements ReminderPorts.Mailer {

    private final SesV2Client ses;
    private final String from;

    SesMailer(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    static SesMailer create(String from) {
        return new SesMailer(SesV2Client.builder()
                .region(ClientSettings.region())
                .credentialsProvider(ClientSettings.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build(), from);
    }

    @Override
    public String send(Digest digest) {
        try {
            return ses.sendEmail(b -> b.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(digest.to()))
                    .content(c -> c.simple(m -> m.subject(s -> s.data(digest.subject()).charset("UTF-8"))
                            .body(body -> body.text(t -> t.data(digest.text()).charset("UTF-8"))))))
                    .messageId();
        } catch (SesV2Exception refused) {
            // SES answered with an error: the message was not accepted, so it was not sent. (A timeout or a broken
            // connection is not caught: whether it was sent is unknown, and the claim must stay.)
            throw new ReminderPorts.MailRefused("SES refused the message: " + refused.statusCode(), refused);
        }
    }
}
