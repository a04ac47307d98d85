using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gemeenschapskracht.Infrastructure.Email;

/// <summary>Development: writes every mail as an .eml file and logs where, so no mail server is needed.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, ContentRoot root, ILogger<PickupFolderEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(root.Path, options.Value.PickupFolder));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await MimeMessages.Create(options.Value, to, subject, body).WriteToAsync(path, cancellationToken);
        logger.LogInformation("E-mail aan {To} ({Subject}) geschreven naar {Path}", to, subject, path);
    }
}

/// <summary>The host's content root, for relative paths in configuration.</summary>
public sealed record ContentRoot(string Path);
