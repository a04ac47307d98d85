using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.AddVervolgactie;

/// <summary>A follow-up action of the adopted report, with its owner and deadline; it goes on the commitment tracker and is chased when overdue (J10).</summary>
[Authorize(Roles = VisitatiecyclusRollen.Beheerders)]
public sealed record AddVervolgactieCommand : ICommand<VisitatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Omschrijving { get; init; }

    /// <summary>Who does it: a person or party by name ("het wijkteam", "de gemeente, afdeling Wijken").</summary>
    public required string Eigenaar { get; init; }

    public required DateOnly Uiterlijk { get; init; }
}

public sealed class AddVervolgactieValidator : AbstractValidator<AddVervolgactieCommand>
{
    public AddVervolgactieValidator()
    {
        RuleFor(c => c.Omschrijving).RequiredText("wat er gebeurt", 500);
        RuleFor(c => c.Eigenaar).RequiredText("wie het doet", 200);
        RuleFor(c => c.Uiterlijk).NotEmpty().WithMessage("Geef de datum waarop het uiterlijk gedaan is.");
    }
}

public sealed class AddVervolgactieHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AddVervolgactieCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(AddVervolgactieCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        visitatie.VoegVervolgactieToe(command.Omschrijving, command.Eigenaar, command.Uiterlijk, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(Visitatiekant.Gemeente);
    }
}
