using System.Globalization;
using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Administraties.Commands.CloseAdministratieperiode;

/// <summary>
/// The back office closes a month that is over, in order, once nothing blocks it; nothing is booked into it afterwards.
/// The month is named as in the list of months (<c>2027-03</c>).
/// </summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
public sealed record CloseAdministratieperiodeCommand(Guid AdministratieId, string Periode) : ICommand<AdministratieperiodeDto>
{
    public static bool TryParse(string periode, out DateOnly maand) =>
        DateOnly.TryParseExact(periode + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out maand);
}

public sealed class CloseAdministratieperiodeValidator : AbstractValidator<CloseAdministratieperiodeCommand>
{
    public CloseAdministratieperiodeValidator() =>
        RuleFor(c => c.Periode).Must(p => CloseAdministratieperiodeCommand.TryParse(p, out _))
            .WithMessage("Noem de maand als jaar-maand, bijvoorbeeld 2027-03.");
}

public sealed class CloseAdministratieperiodeHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CloseAdministratieperiodeCommand, AdministratieperiodeDto>
{
    public async ValueTask<AdministratieperiodeDto> Handle(CloseAdministratieperiodeCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        CloseAdministratieperiodeCommand.TryParse(command.Periode, out var maand);
        var posten = await db.PostenAsync(administratie.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var periode = administratie.SluitAf(maand.Year, maand.Month, posten, user.Weergavenaam, now,
            await db.OpenDeclaratiesAsync(administratie.Id, cancellationToken), await db.BankmutatiesAsync(administratie.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return periode.ToDto(Kalender.Dag(now), []);
    }
}
