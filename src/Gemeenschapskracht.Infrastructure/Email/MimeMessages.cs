using MimeKit;

namespace Gemeenschapskracht.Infrastructure.Email;

internal static class MimeMessages
{
    public static MimeMessage Create(EmailOptions options, string to, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}
