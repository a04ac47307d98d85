using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Trekkingsrechten.Dtos;
using Gemeenschapskracht.Application.Trekkingsrechten.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Trekkingsrechten;
using Mediator;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Commands.RecordTrekking;

/// <summary>
/// The supplier records what it delivered on a trekkingsrecht: a professional for its own organisation when that is a
/// named supplier, the gemeente for its ambtelijke ondersteuning. The holder is mailed to confirm it.
/// </summary>
[Authorize(Roles = TrekkingsrechtQueries.Leveranciers)]
public sealed record RecordTrekkingCommand : ICommand<TrekkingsrechtDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly Datum { get; init; }

    /// <summary>Whole hours, or eurocents, as the right's unit says.</summary>
    public required long Omvang { get; init; }

    public required string Doel { get; init; }

    /// <summary>The ambitie of the wijk's agenda it served, if any.</summary>
    public Guid? AmbitieId { get; init; }
}

public sealed class RecordTrekkingValidator : AbstractValidator<RecordTrekkingCommand>
{
    public RecordTrekkingValidator()
    {
        RuleFor(c => c.Omvang).GreaterThan(0).WithMessage("Een trekking is groter dan nul.");
        RuleFor(c => c.Doel).RequiredText("waarvoor getrokken is", 1000);
    }
}

public sealed class RecordTrekkingHandler(IApplicationDbContext db, ICurrentUser user, IEmailSender mail, TimeProvider clock)
    : ICommandHandler<RecordTrekkingCommand, TrekkingsrechtDto>
{
    public async ValueTask<TrekkingsrechtDto> Handle(RecordTrekkingCommand command, CancellationToken cancellationToken)
    {
        var recht = await db.ZichtbareTrekkingsrechten(user).VindAsync(command.Id, cancellationToken);
        // The gemeente records as the gemeente; a professional only for the organisation of their membership.
        Guid? leverancier = TrekkingsrechtQueries.IsGemeente(user) ? null
            : user.OrganisatieId ?? throw new DomainException("U werkt niet namens een organisatie; alleen een genoemde leverancier registreert een trekking.");
        var trekking = recht.Trek(command.Datum, command.Omvang, command.Doel, command.AmbitieId, leverancier, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var omvang = recht.Eenheid == TrekkingsEenheid.Uren ? $"{trekking.Omvang} uur" : new Bedrag(trekking.Omvang).ToString();
        var saldo = recht.Eenheid == TrekkingsEenheid.Uren ? $"{recht.Saldo} uur" : new Bedrag(recht.Saldo).ToString();
        await db.MailHouderAsync(mail, recht, $"Bevestig trekking {trekking.Nummer} op uw trekkingsrecht",
            $"Op {trekking.Datum:dd-MM-yyyy} is {omvang} getrokken van uw trekkingsrecht '{recht.Doel}', voor: {trekking.Doel}.\n\n" +
            $"Bevestig in Gemeenschapskracht dat u dit hebt ontvangen. Het saldo is nu {saldo}, geldig tot en met {recht.Tot:dd-MM-yyyy}.",
            cancellationToken);
        return recht.ToDto();
    }
}
