using Gemeenschapskracht.Application.Common.Interfaces;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Email;

/// <summary>Production: sends through the configured SMTP server (MailKit), with STARTTLS where offered.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Email:Host is required for SMTP."), settings.Port, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        await client.SendAsync(MimeMessages.Create(settings, to, subject, body), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
