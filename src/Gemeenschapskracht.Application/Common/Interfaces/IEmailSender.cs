namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Sends a plain-text e-mail (invitations, password resets).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}
