using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateWijkbeeldTeam;

public sealed class UpdateWijkbeeldTeamValidator : AbstractValidator<UpdateWijkbeeldTeamCommand>
{
    public UpdateWijkbeeldTeamValidator()
    {
        RuleFor(c => c.Team).PresentList(20, "organisaties van het team");
    }
}
