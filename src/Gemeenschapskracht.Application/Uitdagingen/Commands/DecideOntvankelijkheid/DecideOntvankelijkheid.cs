using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.DecideOntvankelijkheid;

/// <summary>The gemeente decides whether a challenge is ontvankelijk (with a reason when not); the challenger is mailed.</summary>
[Authorize(Roles = UitdagingQueries.Behandelaars)]
public sealed record DecideOntvankelijkheidCommand : ICommand<UitdagingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required bool Ontvankelijk { get; init; }

    /// <summary>Why not; required when not ontvankelijk.</summary>
    public required string? Reden { get; init; }
}

public sealed class DecideOntvankelijkheidValidator : AbstractValidator<DecideOntvankelijkheidCommand>
{
    public DecideOntvankelijkheidValidator()
    {
        RuleFor(c => c.Reden).SafeText("de reden", multiline: true).MaximumLength(4000).WithMessage("De reden mag hoogstens 4000 tekens lang zijn.");
        RuleFor(c => c.Reden).NotEmpty().When(c => !c.Ontvankelijk).WithMessage("Geef de reden waarom de uitdaging niet ontvankelijk is.");
    }
}

public sealed class DecideOntvankelijkheidHandler(IApplicationDbContext db, ICurrentUser user, IEmailSender mail, TimeProvider clock)
    : ICommandHandler<DecideOntvankelijkheidCommand, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(DecideOntvankelijkheidCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uitdaging = await db.ZichtbareUitdagingen(user).VindAsync(c.Id, cancellationToken);
        uitdaging.BeslisOntvankelijkheid(c.Ontvankelijk, c.Reden, user.Weergavenaam, now);
        await db.SaveChangesAsync(cancellationToken);
        if (c.Ontvankelijk)
            await db.MailUitdagerAsync(mail, uitdaging, $"Uw uitdaging is ontvankelijk ({uitdaging.Kenmerk})",
                $"Wij nemen uw uitdaging voor de taak '{uitdaging.Taak}' in behandeling. Wij beoordelen haar op de gepubliceerde criteria " +
                $"en besluiten uiterlijk {uitdaging.BesluitUiterlijk:dd-MM-yyyy}.", cancellationToken);
        else
            await db.MailUitdagerAsync(mail, uitdaging, $"Besluit: uw uitdaging is niet ontvankelijk ({uitdaging.Kenmerk})",
                $"Wij nemen uw uitdaging voor de taak '{uitdaging.Taak}' niet in behandeling. De reden:\n\n{uitdaging.NietOntvankelijkReden}\n\n{UitdagingQueries.Bezwaar}",
                cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), now);
    }
}
