using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Dtos;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;

namespace Gemeenschapskracht.Application.Opdrachtovereenkomsten.Commands.CreateOpdrachtovereenkomst;

/// <summary>The host's back office records a group's contract with a local zzp'er: scope, hours, rate, VAT, period and cost account.</summary>
[Authorize(Roles = OpdrachtovereenkomstQueries.Beheerders)]
public sealed record CreateOpdrachtovereenkomstCommand : ICommand<OpdrachtovereenkomstDto>, IOpdrachtvelden
{
    public required Guid AdministratieId { get; init; }

    public required string Opdrachtnemer { get; init; }

    public required string Kvknummer { get; init; }

    public required string Iban { get; init; }

    public required string Omschrijving { get; init; }

    /// <summary>The hours contracted at most over the whole period (two decimals).</summary>
    public required decimal Uren { get; init; }

    /// <summary>The rate per hour without VAT.</summary>
    public required long UurtariefEurocent { get; init; }

    /// <summary>0, 9 or 21.</summary>
    public required int BtwPercentage { get; init; }

    public required DateOnly Begindatum { get; init; }

    public required DateOnly Einddatum { get; init; }

    /// <summary>The cost account (4100, 4200, …) of the administratie's chart.</summary>
    public required string Rekening { get; init; }
}

public sealed class CreateOpdrachtovereenkomstValidator : AbstractValidator<CreateOpdrachtovereenkomstCommand>
{
    public CreateOpdrachtovereenkomstValidator()
    {
        RuleFor(c => c.AdministratieId).NotEmpty().WithMessage("Kies de administratie van de groep.");
        this.AddOpdrachtRules();
    }
}

public sealed class CreateOpdrachtovereenkomstHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateOpdrachtovereenkomstCommand, OpdrachtovereenkomstDto>
{
    public async ValueTask<OpdrachtovereenkomstDto> Handle(CreateOpdrachtovereenkomstCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        var coordinatoren = await db.CoordinatorenAsync(administratie.HostOrganisatieId, command.Begindatum, cancellationToken);
        var opdracht = new Opdrachtovereenkomst(administratie, command.ToVoorwaarden(), coordinatoren, clock.GetUtcNow());
        db.Set<Opdrachtovereenkomst>().Add(opdracht);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, opdracht, cancellationToken);
    }
}
