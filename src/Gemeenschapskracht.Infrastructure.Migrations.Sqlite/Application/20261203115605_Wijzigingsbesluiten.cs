using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AfbouwTot",
                table: "Beschikkingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IngetrokkenOp",
                table: "Beschikkingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerslagAangemaandOp",
                table: "Beschikkingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerslagHerinnerdOp",
                table: "Beschikkingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Wijzigingsbesluiten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BeschikkingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VaststellingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Betreft = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Grond = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Intrekking = table.Column<bool>(type: "INTEGER", nullable: false),
                    OudBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    NieuwBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    WerkingVanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AfbouwTot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Betaald = table.Column<long>(type: "INTEGER", nullable: false),
                    Terugvordering = table.Column<long>(type: "INTEGER", nullable: false),
                    BetalenUiterlijk = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GenomenOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
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
