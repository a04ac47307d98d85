using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Wijzigingsbesluiten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GewijzigdDoor",
                table: "Vaststellingen",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AfbouwTot",
                table: "Beschikkingen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IngetrokkenOp",
                table: "Beschikkingen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerslagAangemaandOp",
                table: "Beschikkingen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerslagHerinnerdOp",
                table: "Beschikkingen",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Wijzigingsbesluiten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    BeschikkingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VaststellingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Betreft = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Grond = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Intrekking = table.Column<bool>(type: "bit", nullable: false),
                    OudBedrag = table.Column<long>(type: "bigint", nullable: false),
                    NieuwBedrag = table.Column<long>(type: "bigint", nullable: false),
                    Toelichting = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    WerkingVanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    AfbouwTot = table.Column<DateOnly>(type: "date", nullable: true),
                    Betaald = table.Column<long>(type: "bigint", nullable: false),
                    Terugvordering = table.Column<long>(type: "bigint", nullable: false),
                    BetalenUiterlijk = table.Column<DateOnly>(type: "date", nullable: true),
                    GenomenOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijzigingsbesluiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijzigingsbesluiten_Beschikkingen_BeschikkingId",
                        column: x => x.BeschikkingId,
                        principalTable: "Beschikkingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Wijzigingsbesluiten_BeschikkingId",
                table: "Wijzigingsbesluiten",
                column: "BeschikkingId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijzigingsbesluiten_TenantId_Kenmerk",
                table: "Wijzigingsbesluiten",
                columns: new[] { "TenantId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijzigingsbesluiten_TenantId_OrganisatieId",
                table: "Wijzigingsbesluiten",
                columns: new[] { "TenantId", "OrganisatieId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Wijzigingsbesluiten");

            migrationBuilder.DropColumn(
                name: "GewijzigdDoor",
                table: "Vaststellingen");

            migrationBuilder.DropColumn(
                name: "AfbouwTot",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "IngetrokkenOp",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "VerslagAangemaandOp",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "VerslagHerinnerdOp",
                table: "Beschikkingen");
        }
    }
}
